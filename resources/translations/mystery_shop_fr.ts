<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>mystery-shop</name>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" line="267" />
            <source>the firm</source>
            <translation>le cabinet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" line="269" />
            <source>DIGITAL SIGNATURE</source>
            <translation>SIGNATURE NUMÉRIQUE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" line="266" />
            <source>This copy carries no digital signature.</source>
            <translation>Cette copie ne porte aucune signature numérique.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/blocks.py" line="270" />
            <source>Signed electronically by {firm}.</source>
            <translation>Signé électroniquement par {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" line="96" />
            <source>Generated {when} by {app}</source>
            <translation>Généré le {when} par {app}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" line="87" />
            <source>Report {id}</source>
            <translation>Rapport {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/layout.py" line="91" />
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="444" />
            <source>Scores are exact and shown rounded half-up to one decimal. CSAT: % of answers 4 or 5 on 1–5. NPS: % of 9–10 minus % of 0–6. CES: mean of the 1–7 answers. Timings: mean and median seconds.</source>
            <translation>Les scores sont exacts et arrondis à la demi supérieure à une décimale. CSAT : % de réponses 4 ou 5 sur 1–5. NPS : % de 9–10 moins % de 0–6. CES : moyenne des réponses sur 1–7. Durées : moyenne et médiane en secondes.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="453" />
            <source>Any change to this file after signing breaks the signature.</source>
            <translation>Toute modification de ce fichier après signature rompt la signature.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="56" />
            <source>Period report</source>
            <translation>Rapport de période</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="128" />
            <source>MYSTERY SHOPPING PERIOD REPORT</source>
            <translation>RAPPORT DE PÉRIODE DES VISITES MYSTÈRE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="144" />
            <location filename="../../mystery_shop/reports/period_report.py" line="187" />
            <source>Visits</source>
            <translation>Visites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="150" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="173" />
            <source>Mean score</source>
            <translation>Score moyen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="152" />
            <source>of 100, over all visits</source>
            <translation>sur 100, sur toutes les visites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="155" />
            <source>Range</source>
            <translation>Écart</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="155" />
            <source>lowest to highest visit total</source>
            <translation>du total de visite le plus bas au plus haut</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="211" />
            <source>Locations, ranked by mean score</source>
            <translation>Sites classés par score moyen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="260" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="204" />
            <source>Touchpoints by location</source>
            <translation>Points de contact par site</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="262" />
            <source>Mean touchpoint score at each location (locations ranked as above); “All” is the mean over every visit. An empty cell: the location's visits did not include this touchpoint.</source>
            <translation>Score moyen du point de contact dans chaque site (classés comme ci-dessus) ; « Tous » est la moyenne sur toutes les visites. Une cellule vide : les visites du site n’incluaient pas ce point de contact.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="352" />
            <source>Timed questions</source>
            <translation>Questions chronométrées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="359" />
            <source>The ten questions most often failed</source>
            <translation>Les dix questions les plus souvent échouées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="390" />
            <source>Failed: a scored question that earned 0 points, of the visits where it was answered.</source>
            <translation>Échouée : une question notée qui a obtenu 0 point, sur les visites où elle a reçu une réponse.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="427" />
            <source>Visits in the period</source>
            <translation>Visites de la période</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="449" />
            <source>About these figures</source>
            <translation>À propos de ces chiffres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="55" />
            <location filename="../../mystery_shop/reports/visit_report.py" line="47" />
            <source>Mystery shopping report</source>
            <translation>Rapport de visite mystère</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="65" />
            <source>Period report: {client}, {span}</source>
            <translation>Rapport de période : {client}, {span}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="66" />
            <source>Mystery shopping results of {client} from {start} to {end}</source>
            <translation>Résultats des visites mystère de {client} du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="186" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="86" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="44" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="61" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="41" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="42" />
            <source>Location</source>
            <translation>Site</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="188" />
            <location filename="../../mystery_shop/reports/period_report.py" line="334" />
            <source>Mean</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="189" />
            <source>Lowest</source>
            <translation>Plus bas</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="190" />
            <source>Highest</source>
            <translation>Plus haut</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="191" />
            <source>Spread on 0–100 (dot: mean)</source>
            <translation>Dispersion sur 0–100 (point : moyenne)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" line="237" />
            <location filename="../../mystery_shop/reports/period_report.py" line="134" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="287" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="293" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="300" />
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visite</numerusform>
                <numerusform>%n visites</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="274" />
            <location filename="../../mystery_shop/reports/period_report.py" line="331" />
            <location filename="../../mystery_shop/reports/visit_answers.py" line="185" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="208" />
            <source>Touchpoint</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="274" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="332" />
            <location filename="../../mystery_shop/reports/visit_answers.py" line="186" />
            <source>Timed question</source>
            <translation>Question chronométrée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="333" />
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="335" />
            <source>Median</source>
            <translation>Médiane</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="361" />
            <source>No scored question earned 0 points in this period.</source>
            <translation>Aucune question notée n’a obtenu 0 point sur cette période.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="365" />
            <location filename="../../mystery_shop/reports/visit_answers.py" line="90" />
            <location filename="../../mystery_shop/reports/visit_answers.py" line="231" />
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="137" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="366" />
            <source>Failed</source>
            <translation>Échouées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="367" />
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="430" />
            <source>a critical question failed on this visit. Visit: the first characters of its id.</source>
            <translation>une question critique a échoué lors de cette visite. Visite : les premiers caractères de son identifiant.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="440" />
            <source>Visits counted: approved and published visits scheduled from {start} to {end}; drafts and visits still in review are not results yet.</source>
            <translation>Visites comptées : visites approuvées et publiées prévues du {start} au {end} ; les brouillons et les visites en révision ne sont pas encore des résultats.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="59" />
            <source>{client}, {start} to {end}</source>
            <translation>{client}, du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="146" />
            <source>approved or published, at {locations}</source>
            <translation>approuvées ou publiées, dans {locations}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" line="146" />
            <location filename="../../mystery_shop/reports/period_report.py" line="134" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n site</numerusform>
                <numerusform>%n sites</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="159" />
            <source>happy or very happy, of {answers}</source>
            <translation>contents ou très contents, sur {answers}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" line="159" />
            <location filename="../../mystery_shop/reports/period_report.py" line="165" />
            <location filename="../../mystery_shop/reports/period_report.py" line="171" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n réponse</numerusform>
                <numerusform>%n réponses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="165" />
            <source>promoters − detractors, of {answers}</source>
            <translation>promoteurs − détracteurs, sur {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="171" />
            <source>mean ease, 1–7, of {answers}</source>
            <translation>facilité moyenne, 1–7, sur {answers}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="224" />
            <source>Score by month</source>
            <translation>Score par mois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="226" />
            <source>Line: the month's mean visit total. Grey bar: its lowest to highest visit.</source>
            <translation>Ligne : le total moyen des visites du mois. Barre grise : de sa visite la plus basse à la plus haute.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="243" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="259" />
            <source>Score by journey stage</source>
            <translation>Score par étape du parcours</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="245" />
            <source>Mean of the visits' stage scores (points earned of possible in the stage).</source>
            <translation>Moyenne des scores d’étape des visites (points obtenus sur possibles dans l’étape).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="101" />
            <source>No approved or published visits were scheduled in this period.</source>
            <translation>Aucune visite approuvée ou publiée n’était prévue sur cette période.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="133" />
            <source>{visits} at {locations}</source>
            <translation>{visits} dans {locations}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/period_report.py" line="380" />
            <location filename="../../mystery_shop/reports/text.py" line="89" />
            <location filename="../../mystery_shop/reports/text.py" line="87" />
            <source>{v} of {n}</source>
            <translation>{v} sur {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="14" />
            <source>Awareness</source>
            <translation>Découverte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="15" />
            <source>Consideration</source>
            <translation>Considération</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="16" />
            <source>Purchase</source>
            <translation>Achat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="17" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="18" />
            <source>Post-purchase</source>
            <translation>Après-achat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="21" />
            <source>In store</source>
            <translation>En magasin</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="22" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="23" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="24" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="25" />
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="26" />
            <source>Social media</source>
            <translation>Réseaux sociaux</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="27" />
            <source>App</source>
            <translation>Application</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="28" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="50" />
            <source>Satisfaction, 1 (very unhappy) to 5 (very happy)</source>
            <translation>Satisfaction, de 1 (très mécontent) à 5 (très content)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="51" />
            <source>Ease, 1 (strongly disagree that it was easy) to 7 (strongly agree)</source>
            <translation>Facilité, de 1 (pas du tout d’accord que c’était facile) à 7 (tout à fait d’accord)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="52" />
            <source>Likelihood to recommend, 0 to 10 (9–10 promoter, 7–8 passive, 0–6 detractor)</source>
            <translation>Probabilité de recommander, de 0 à 10 (9–10 promoteur, 7–8 passif, 0–6 détracteur)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="33" />
            <source>very unhappy</source>
            <translation>très mécontent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="34" />
            <source>unhappy</source>
            <translation>mécontent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="35" />
            <source>neutral</source>
            <translation>neutre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="36" />
            <source>happy</source>
            <translation>content</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="37" />
            <source>very happy</source>
            <translation>très content</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="40" />
            <source>strongly disagree</source>
            <translation>pas du tout d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="41" />
            <source>disagree</source>
            <translation>pas d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="42" />
            <source>somewhat disagree</source>
            <translation>plutôt pas d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="43" />
            <source>neither</source>
            <translation>ni l’un ni l’autre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="44" />
            <source>somewhat agree</source>
            <translation>plutôt d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="45" />
            <source>agree</source>
            <translation>d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="46" />
            <source>strongly agree</source>
            <translation>tout à fait d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="70" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="384" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="351" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="26" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="105" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="70" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="372" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="384" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="351" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="26" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="105" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="76" />
            <source>None of these</source>
            <translation>Aucune de ces réponses</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="83" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="36" />
            <source>{v} on {lo}–{hi}</source>
            <translation>{v} sur {lo}–{hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="100" />
            <source>{p} pt within {t}</source>
            <translation>{p} pt en {t} maximum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/text.py" line="100" />
            <source>{p} pts within {t}</source>
            <translation>{p} pts en {t} maximum</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="125" />
            <source>visit</source>
            <translation>visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="125" />
            <source>touchpoint</source>
            <translation>point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="126" />
            <source>CRITICAL · FAILED</source>
            <translation>CRITIQUE · ÉCHOUÉE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="126" />
            <source>CRITICAL</source>
            <translation>CRITIQUE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="139" />
            <source>no points</source>
            <translation>aucun point</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="206" />
            <source>Stopwatch timings</source>
            <translation>Chronométrages</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="236" />
            <source>Customer ratings</source>
            <translation>Évaluations client</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="38" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="127" />
            <source>no scored answers</source>
            <translation>aucune réponse notée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="91" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="92" />
            <location filename="../../mystery_shop/reports/visit_answers.py" line="189" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="208" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="349" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="367" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="369" />
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="187" />
            <source>Time taken</source>
            <translation>Temps mesuré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="188" />
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="27" />
            <source>weight {w}</source>
            <translation>poids {w}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="109" />
            <source>No questions in this touchpoint.</source>
            <translation>Aucune question dans ce point de contact.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="115" />
            <source>points set by a supervisor’s override; the reason is given with the question.</source>
            <translation>points fixés par la correction d’un superviseur ; le motif figure avec la question.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="156" />
            <source>N/A (not applicable)</source>
            <translation>S.O. (sans objet)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="158" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="112" />
            <source>Not answered</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="165" />
            <source>unscored</source>
            <translation>non noté</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="167" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="62" />
            <source>N/A</source>
            <translation>S.O.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="36" />
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="139" />
            <source>{e} of {p} points</source>
            <translation>{e} sur {p} points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="131" />
            <location filename="../../mystery_shop/reports/visit_cover.py" line="90" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="63" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="42" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="44" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="136" />
            <source>Auditor</source>
            <translation>Auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="135" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="98" />
            <source>Supervisor</source>
            <translation>Superviseur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="231" />
            <source>Answer on its scale</source>
            <translation>Réponse sur son échelle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="61" />
            <source>A critical question in this touchpoint was not met: it scores 0.</source>
            <translation>Une question critique de ce point de contact n’a pas été satisfaite : il obtient 0.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="143" />
            <source>Score overridden</source>
            <translation>Score corrigé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_answers.py" line="144" />
            <source>from {was} to {p} by {who}: {why}</source>
            <translation>de {was} à {p} par {who} : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="98" />
            <source>Prepared for {client} by {firm}.</source>
            <translation>Préparé pour {client} par {firm}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="98" />
            <source>Prepared for {client}.</source>
            <translation>Préparé pour {client}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="185" />
            <source>weighted mean of the touchpoint scores</source>
            <translation>moyenne pondérée des scores des points de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="185" />
            <source>points earned of points possible</source>
            <translation>points obtenus sur points possibles</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="208" />
            <source>Stage</source>
            <translation>Étape</translation>
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
            <translation>RAPPORT DE VISITE MYSTÈRE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="85" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="148" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="60" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="40" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="41" />
            <location filename="../../mystery_shop/ui/widgets/period.py" line="46" />
            <source>Client</source>
            <translation>Client</translation>
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
            <translation>Date de la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="89" />
            <source>Time of visit</source>
            <translation>Heure de la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="91" />
            <source>Audit form</source>
            <translation>Formulaire d’audit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="92" />
            <source>Form id and version</source>
            <translation>Identifiant et version du formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="93" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="45" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="136" />
            <source>GRADE</source>
            <translation>NOTE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="186" />
            <source>Bands: {bands}. Total = {how}, rounded to one decimal.</source>
            <translation>Tranches : {bands}. Total = {how}, arrondi à une décimale.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="194" />
            <source>the visit's total is set to 0</source>
            <translation>le total de la visite est ramené à 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="196" />
            <source>this touchpoint's score is set to 0</source>
            <translation>le score de ce point de contact est ramené à 0</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="205" />
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="97" />
            <source>SCENARIO</source>
            <translation>SCÉNARIO</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="104" />
            <source>Confidential: for the client’s own use. The report sets out what one mystery shopper experienced on one visit, scored against the audit form named above.</source>
            <translation>Confidentiel : à l’usage exclusif du client. Le rapport expose ce qu’un client mystère a vécu lors d’une visite, noté selon le formulaire d’audit indiqué ci-dessus.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="124" />
            <source>TOTAL SCORE SO FAR</source>
            <translation>SCORE TOTAL PROVISOIRE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="124" />
            <source>TOTAL SCORE</source>
            <translation>SCORE TOTAL</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="127" />
            <source>out of 100</source>
            <translation>sur 100</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="130" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="53" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="355" />
            <source>{done} of {total} required answered ({share})</source>
            <translation>{done} sur {total} obligatoires répondues ({share})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="145" />
            <source>No grade until every required question is answered.</source>
            <translation>Pas de note tant que toutes les questions obligatoires n’ont pas de réponse.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="178" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="208" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="47" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="352" />
            <source>{grade} so far</source>
            <translation>{grade} pour l’instant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="184" />
            <source>{band} from {p}</source>
            <translation>{band} à partir de {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="191" />
            <source>Critical failure</source>
            <translation>Échec critique</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="198" />
            <source>“{question}” was not met, so {effect}.</source>
            <translation>« {question} » n’a pas été satisfaite, donc {effect}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="252" />
            <source>A visit-level critical question failed: the total is 0 whatever the points.</source>
            <translation>Une question critique au niveau de la visite a échoué : le total est 0 quels que soient les points.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="261" />
            <source>A stage's score is the points earned of the points possible over its touchpoints.</source>
            <translation>Le score d’une étape correspond aux points obtenus sur les points possibles de ses points de contact.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="92" />
            <source>{id}, version {v}</source>
            <translation>{id}, version {v}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="141" />
            <source>No grade yet</source>
            <translation>Pas encore de note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="208" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="284" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="218" />
            <source>CRITICAL FAILED</source>
            <translation>CRITIQUE ÉCHOUÉ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="133" />
            <source>Incomplete:</source>
            <translation>Incomplète :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="48" />
            <source>For the firm only: it includes the supervisor's notes, the score overrides and the evidence checks. Send the client its own copy.</source>
            <translation>Réservé au cabinet : inclut les notes du superviseur, les corrections de score et les contrôles des preuves. Envoyez au client sa propre copie.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="239" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="239" />
            <source>(weighted)</source>
            <translation>(pondéré)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="47" />
            <source>Internal copy.</source>
            <translation>Copie interne.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="66" />
            <source>Not approved.</source>
            <translation>Non approuvée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_cover.py" line="67" />
            <source>This visit is {status}: its answers and score may still change in review. Only an approved visit's report is final.</source>
            <translation>Cette visite est {status} : ses réponses et son score peuvent encore changer lors de la révision. Seul le rapport d’une visite approuvée est définitif.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="74" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="25" />
            <source>No capture time</source>
            <translation>Pas d’heure de prise de vue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="85" />
            <source>Photo not on this computer</source>
            <translation>Photo absente de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="60" />
            <source>Photos of {title} ({n})</source>
            <translation>Photos de {title} ({n})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="90" />
            <source>Photo could not be read</source>
            <translation>Impossible de lire la photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="70" />
            <source>(no caption)</source>
            <translation>(sans légende)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="74" />
            <source>Taken {when}</source>
            <translation>Prise le {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_photos.py" line="76" />
            <source>for {question}</source>
            <translation>pour {question}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="48" />
            <source>Visit report</source>
            <translation>Rapport de visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="48" />
            <source>Visit report · INTERNAL COPY</source>
            <translation>Rapport de visite · COPIE INTERNE</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="54" />
            <source>NOT APPROVED</source>
            <translation>NON APPROUVÉ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="56" />
            <source>Visit report: {location}, {day}</source>
            <translation>Rapport de visite : {location}, {day}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="57" />
            <source>{client}: {form} (visit {id})</source>
            <translation>{client} : {form} (visite {id})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_report.py" line="51" />
            <source>Visit {id}</source>
            <translation>Visite {id}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="90" />
            <source>Any change to this file after signing breaks the signature; a PDF reader shows who signed and whether the file is intact.</source>
            <translation>Toute modification de ce fichier après signature rompt la signature ; un lecteur PDF indique qui a signé et si le fichier est intact.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="22" />
            <source>Declaration and approval</source>
            <translation>Déclaration et approbation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="65" />
            <source>REVIEW</source>
            <translation>RÉVISION</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="25" />
            <source>AUDITOR’S DECLARATION</source>
            <translation>DÉCLARATION DE L’AUDITEUR</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="64" />
            <source>The auditor has not signed this visit.</source>
            <translation>L’auditeur n’a pas signé cette visite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="80" />
            <source>Not reviewed yet.</source>
            <translation>Pas encore révisée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="84" />
            <source>Supervisor’s comment</source>
            <translation>Commentaire du superviseur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="76" />
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="76" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="76" />
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/reports/visit_sign_off.py" line="43" />
            <source>signed {when}</source>
            <translation>signé le {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" line="63" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="38" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="319" />
            <source>Submitted</source>
            <translation>Soumise</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" line="64" />
            <source>Returned for changes</source>
            <translation>Renvoyée pour corrections</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" line="65" />
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/services/report_data.py" line="66" />
            <source>Published</source>
            <translation>Publiée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" line="146" />
            <source>Click for the visits</source>
            <translation>Cliquer pour voir les visites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" line="80" />
            <source>No visits in this period</source>
            <translation>Aucune visite sur cette période</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="112" />
            <location filename="../../mystery_shop/ui/main_window.py" line="146" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="146" />
            <location filename="../../mystery_shop/ui/main_window.py" line="147" />
            <source>Export data…</source>
            <translation>Exporter les données…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="245" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="268" />
            <source>%Ln approved or published visit(s)</source>
            <translation>
                <numerusform>%Ln visite approuvée ou publiée</numerusform>
                <numerusform>%Ln visites approuvées ou publiées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="279" />
            <source>%n answer(s) rating 4 or 5</source>
            <translation>
                <numerusform>%n réponse notée 4 ou 5</numerusform>
                <numerusform>%n réponses notées 4 ou 5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="282" />
            <source>%n answer(s), promoters − detractors</source>
            <translation>
                <numerusform>%n réponse, promoteurs − détracteurs</numerusform>
                <numerusform>%n réponses, promoteurs − détracteurs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="284" />
            <source>%n answer(s), mean of 1–7</source>
            <translation>
                <numerusform>%n réponse, moyenne sur 1–7</numerusform>
                <numerusform>%n réponses, moyenne sur 1–7</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="338" />
            <source>scored visits</source>
            <translation>visites notées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="338" />
            <source>CSAT answers</source>
            <translation>réponses CSAT</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="338" />
            <source>NPS answers</source>
            <translation>réponses NPS</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="339" />
            <source>CES answers</source>
            <translation>réponses CES</translation>
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
            <translation>Score moyen par mois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="202" />
            <source>Locations ranked</source>
            <translation>Classement des sites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="204" />
            <source>Mean touchpoint score; click a cell for its visits.</source>
            <translation>Score moyen du point de contact ; cliquez sur une cellule pour voir ses visites.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="210" />
            <source>Journey stages</source>
            <translation>Étapes du parcours</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="212" />
            <source>Most failed questions</source>
            <translation>Questions les plus souvent échouées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="212" />
            <source>% of visits where the question earned nothing</source>
            <translation>% des visites où la question n’a rapporté aucun point</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="243" />
            <source>Add a client first.</source>
            <translation>Ajoutez d’abord un client.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="276" />
            <source>no scored visits</source>
            <translation>aucune visite notée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="329" />
            <source>{section} at {location}</source>
            <translation>{section} à {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="333" />
            <source>failed: {q}</source>
            <translation>échouée : {q}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="337" />
            <source>{stage} stage</source>
            <translation>étape {stage}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="272" />
            <source>%n scored visit(s) · {lo} to {hi}</source>
            <translation>
                <numerusform>%n visite notée · de {lo} à {hi}</numerusform>
                <numerusform>%n visites notées · de {lo} à {hi}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="307" />
            <source>failed in {h} of %n visit(s)</source>
            <translation>
                <numerusform>échouée dans {h} visite sur %n</numerusform>
                <numerusform>échouée dans {h} visites sur %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/visit_list.py" line="24" />
            <source>{title}: %n visit(s). Double-click one to open it.</source>
            <translation>
                <numerusform>{title} : %n visite. Double-cliquez dessus pour l’ouvrir.</numerusform>
                <numerusform>{title} : %n visites. Double-cliquez sur l’une d’elles pour l’ouvrir.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="53" />
            <source>Yes / no</source>
            <translation>Oui / non</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="53" />
            <source>One choice</source>
            <translation>Choix unique</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="53" />
            <source>Several choices</source>
            <translation>Choix multiples</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="54" />
            <source>Scale</source>
            <translation>Échelle</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="54" />
            <source>Duration (stopwatch)</source>
            <translation>Durée (chronomètre)</translation>
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
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="56" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="342" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="72" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="199" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="56" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="39" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="56" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="151" />
            <source>Form id</source>
            <translation>Identifiant du formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="153" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="155" />
            <source>e.g. en, pl — the first is the default; empty: one language</source>
            <translation>p. ex. en, pl — la première est la langue par défaut ; vide : une seule langue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="157" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="158" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="267" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="160" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="268" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="177" />
            <source>Grade bands</source>
            <translation>Tranches de note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="266" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="341" />
            <source>Id</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="273" />
            <source>Journey stage</source>
            <translation>Étape du parcours</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="278" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="280" />
            <source>blank: no weights (every touchpoint or none)</source>
            <translation>vide : pas de pondération (tous les points de contact ou aucun)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="293" />
            <source>Photos at least</source>
            <translation>Photos au moins</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="294" />
            <source>Photos at most</source>
            <translation>Photos au plus</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="338" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="343" />
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="380" />
            <source>Critical</source>
            <translation>Critique</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="381" />
            <source>The auditor may answer N/A</source>
            <translation>L’auditeur peut répondre « sans objet »</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="388" />
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="401" />
            <source>Show only if</source>
            <translation>Afficher seulement si</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="163" />
            <source>From score</source>
            <translation>À partir du score</translation>
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
            <translation>Couleur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="168" />
            <source>Add band</source>
            <translation>Ajouter une tranche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="168" />
            <source>Remove band</source>
            <translation>Supprimer la tranche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="186" />
            <source>{v} (saving makes version {n}: version {t} is in use)</source>
            <translation>{v} (l’enregistrement crée la version {n} : la version {t} est utilisée)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="355" />
            <source>Good answer</source>
            <translation>Bonne réponse</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="360" />
            <location filename="../../mystery_shop/ui/widgets/period.py" line="47" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="361" />
            <location filename="../../mystery_shop/ui/widgets/period.py" line="48" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="363" />
            <source>Whole numbers only</source>
            <translation>Nombres entiers uniquement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="420" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="420" />
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="430" />
            <source>Choices</source>
            <translation>Choix</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="430" />
            <source>Thresholds</source>
            <translation>Seuils</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="106" />
            <source>Shown in the default language when empty</source>
            <translation>Affiché dans la langue par défaut si vide</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="367" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="367" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="369" />
            <source>Up to seconds</source>
            <translation>Jusqu’à (secondes)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="373" />
            <source>Fails its touchpoint</source>
            <translation>Fait échouer son point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="374" />
            <source>Fails the visit</source>
            <translation>Fait échouer la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="384" />
            <source>Default for the type</source>
            <translation>Par défaut pour le type</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="519" />
            <source>default: {p}</source>
            <translation>par défaut : {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="269" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="274" />
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="390" />
            <source>Always shown</source>
            <translation>Toujours affichée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="438" />
            <source>Option {n}</source>
            <translation>Option {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="244" />
            <source>New grade</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="30" />
            <source>The language the preview shows the form in</source>
            <translation>La langue dans laquelle l’aperçu montre le formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="27" />
            <source>&lt;b&gt;Preview&lt;/b&gt; — as the auditor sees it</source>
            <translation>&lt;b&gt;Aperçu&lt;/b&gt; — tel que l’auditeur le voit</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" line="69" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problème</numerusform>
                <numerusform>%n problèmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" line="133" />
            <source>%n required answer(s) missing</source>
            <translation>
                <numerusform>%n réponse obligatoire manquante</numerusform>
                <numerusform>%n réponses obligatoires manquantes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="52" />
            <source>Default language</source>
            <translation>Langue par défaut</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="68" />
            <source>Fix the problems shown in red to see the checklist.</source>
            <translation>Corrigez les problèmes signalés en rouge pour voir la liste de contrôle.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="129" />
            <source>Total {t} · {g}</source>
            <translation>Total {t} · {g}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" line="77" />
            <source>(untitled touchpoint)</source>
            <translation>(point de contact sans titre)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" line="82" />
            <source>(no text)</source>
            <translation>(sans texte)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="56" />
            <source>Form designer</source>
            <translation>Concepteur de formulaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="95" />
            <source>Designer</source>
            <translation>Concepteur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="98" />
            <source>&amp;Form</source>
            <translation>&amp;Formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="99" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="163" />
            <source>unsaved</source>
            <translation>non enregistré</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="321" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="304" />
            <source>Open a form</source>
            <translation>Ouvrir un formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="321" />
            <source>Form:</source>
            <translation>Formulaire :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="349" />
            <source>Export as XLSForm</source>
            <translation>Exporter en XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="349" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="328" />
            <source>XLSForm workbooks (*.xlsx)</source>
            <translation>Classeurs XLSForm (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="362" />
            <source>Save the form</source>
            <translation>Enregistrer le formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="362" />
            <source>Audit forms (*.yaml)</source>
            <translation>Formulaires d’audit (*.yaml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="81" />
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="102" />
            <source>New form</source>
            <translation>Nouveau formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="103" />
            <source>Open file…</source>
            <translation>Ouvrir un fichier…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="104" />
            <source>Open from this profile…</source>
            <translation>Ouvrir depuis ce profil…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="105" />
            <source>Import XLSForm…</source>
            <translation>Importer un XLSForm…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="106" />
            <source>Export XLSForm…</source>
            <translation>Exporter en XLSForm…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="107" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="108" />
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="109" />
            <source>Publish</source>
            <translation>Publier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="110" />
            <source>Form settings</source>
            <translation>Paramètres du formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="111" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="169" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="327" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="112" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="170" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="115" />
            <source>Add touchpoint</source>
            <translation>Ajouter un point de contact</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="121" />
            <source>Add question</source>
            <translation>Ajouter une question</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="122" />
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="123" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="242" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="304" />
            <source>Audit forms (*.yaml *.yml)</source>
            <translation>Formulaires d’audit (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="318" />
            <source>No forms</source>
            <translation>Aucun formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="318" />
            <source>This profile has no forms yet.</source>
            <translation>Ce profil n’a pas encore de formulaire.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="328" />
            <source>Import an XLSForm</source>
            <translation>Importer un XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="338" />
            <source>Cannot import the workbook</source>
            <translation>Impossible d’importer le classeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="341" />
            <source>Imported, with notes</source>
            <translation>Importé, avec des remarques</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="346" />
            <source>Cannot export</source>
            <translation>Exportation impossible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="346" />
            <source>Fix the problems shown in red first.</source>
            <translation>Corrigez d’abord les problèmes signalés en rouge.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="260" />
            <source>{what} — Undo (Ctrl+Z) brings it back</source>
            <translation>{what} — Annuler (Ctrl+Z) le rétablit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="293" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="396" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="293" />
            <source>Discard the changes to this form?</source>
            <translation>Abandonner les modifications de ce formulaire ?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="310" />
            <source>Cannot open the form</source>
            <translation>Impossible d’ouvrir le formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="334" />
            <source>Not an XLSForm</source>
            <translation>Pas un XLSForm</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="370" />
            <source>Cannot save</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="372" />
            <source>Saved version {v} to {p}</source>
            <translation>Version {v} enregistrée dans {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="381" />
            <source>Cannot publish</source>
            <translation>Publication impossible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="384" />
            <source>Published {id} version {v}: it goes to the server at the next sync</source>
            <translation>{id} version {v} publié : il part vers le serveur à la prochaine synchronisation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="396" />
            <source>Close without saving the form?</source>
            <translation>Fermer sans enregistrer le formulaire ?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="165" />
            <source>Form designer — {title} v{v} ({file})</source>
            <translation>Concepteur de formulaires — {title} v{v} ({file})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="169" />
            <source>Undo {what}</source>
            <translation>Annuler {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="170" />
            <source>Redo {what}</source>
            <translation>Rétablir {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="274" />
            <source>Undone: {what}</source>
            <translation>Annulé : {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="280" />
            <source>Redone: {what}</source>
            <translation>Rétabli : {what}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="341" />
            <source>Not carried over:</source>
            <translation>Non repris :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="353" />
            <source>Exported to {p}</source>
            <translation>Exporté vers {p}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="48" />
            <source>Known coordinates</source>
            <translation>Coordonnées connues</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="62" />
            <source>This computer's time zone</source>
            <translation>Fuseau horaire de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="66" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="69" />
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="70" />
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="71" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="93" />
            <location filename="../../mystery_shop/ui/main_window.py" line="112" />
            <source>Clients, locations and forms</source>
            <translation>Clients, sites et formulaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="96" />
            <source>Clients and locations</source>
            <translation>Clients et sites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="97" />
            <source>Forms</source>
            <translation>Formulaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="113" />
            <source>Show archived</source>
            <translation>Afficher les archivés</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="188" />
            <source>New client</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="188" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="196" />
            <source>Client name:</source>
            <translation>Nom du client :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="196" />
            <source>Rename client</source>
            <translation>Renommer le client</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="253" />
            <source>Import a form</source>
            <translation>Importer un formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="253" />
            <source>Form files (*.yaml *.yml)</source>
            <translation>Fichiers de formulaire (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="263" />
            <source>The form has problems</source>
            <translation>Le formulaire comporte des problèmes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="115" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="121" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="134" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="122" />
            <source>Rename…</source>
            <translation>Renommer…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="123" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="136" />
            <source>Archive / restore</source>
            <translation>Archiver / restaurer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="129" />
            <source>Locations</source>
            <translation>Sites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="135" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="171" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="148" />
            <source>(archived)</source>
            <translation>(archivé)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="242" />
            <source>Import form file…</source>
            <translation>Importer un fichier de formulaire…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="242" />
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="248" />
            <source>{title}   ({id}, version {v})</source>
            <translation>{title}   ({id}, version {v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="262" />
            <source>{name} was not imported. Fix these lines and try again:</source>
            <translation>{name} n’a pas été importé. Corrigez ces lignes et réessayez :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="39" />
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="74" />
            <source>Export data</source>
            <translation>Exporter les données</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="44" />
            <source>One row per visit, one column per question, then the touchpoint scores. Only approved and published visits are exported.</source>
            <translation>Une ligne par visite, une colonne par question, puis les scores des points de contact. Seules les visites approuvées et publiées sont exportées.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="53" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Classeur Excel (.xlsx)</translation>
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
            <translation>Exporter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="85" />
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="74" />
            <source>Data (*{s})</source>
            <translation>Données (*{s})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="93" />
            <source>%n visit(s) written to {path}</source>
            <translation>
                <numerusform>%n visite écrite dans {path}</numerusform>
                <numerusform>%n visites écrites dans {path}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="31" />
            <location filename="../../mystery_shop/ui/main_window.py" line="109" />
            <source>New visit</source>
            <translation>Nouvelle visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="51" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="31" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="55" />
            <source>What the shopper should ask or do (optional)</source>
            <translation>Ce que l’enquêteur doit demander ou faire (facultatif)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="62" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="43" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="43" />
            <source>Form</source>
            <translation>Formulaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="64" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="310" />
            <source>Scheduled</source>
            <translation>Prévue le</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="65" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="311" />
            <source>Due by</source>
            <translation>À faire avant le</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="66" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="188" />
            <source>Scenario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="97" />
            <source>Add a client first (Manage → Clients and locations).</source>
            <translation>Ajoutez d’abord un client (Gérer → Clients et sites).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="84" />
            <source>Create and open</source>
            <translation>Créer et ouvrir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="84" />
            <source>Plan visit</source>
            <translation>Planifier la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="99" />
            <source>This client has no locations yet.</source>
            <translation>Ce client n’a pas encore de site.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="42" />
            <source>Me ({name})</source>
            <translation>Moi ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="101" />
            <source>Import a form first (Manage → Forms).</source>
            <translation>Importez d’abord un formulaire (Gérer → Formulaires).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="40" />
            <source>{title} (v{v})</source>
            <translation>{title} (v{v})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="26" />
            <source>Plan visits from a CSV schedule</source>
            <translation>Planifier des visites à partir d’un planning CSV</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="26" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="42" />
            <source>Schedule planned</source>
            <translation>Planning importé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="35" />
            <source>Cannot read the schedule</source>
            <translation>Impossible de lire le planning</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="48" />
            <source>, refused %n row(s):</source>
            <translation>
                <numerusform>, %n ligne refusée :</numerusform>
                <numerusform>, %n lignes refusées :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="47" />
            <source>{file}: planned %n visit(s)</source>
            <translation>
                <numerusform>{file} : %n visite planifiée</numerusform>
                <numerusform>{file} : %n visites planifiées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="58" />
            <source>Fix those lines and import a file with only them: the good rows are planned already. Columns: {c} ({r} required).</source>
            <translation>Corrigez ces lignes et importez un fichier ne contenant qu’elles : les bonnes lignes sont déjà planifiées. Colonnes : {c} ({r} obligatoires).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" line="18" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" line="27" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" line="28" />
            <source>The new language is used from the next start of the app.</source>
            <translation>La nouvelle langue s’applique au prochain démarrage de l’application.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/settings.py" line="23" />
            <source>System language ({name})</source>
            <translation>Langue du système ({name})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" line="55" />
            <source>Something went wrong. The details are in the log file; you can copy them below.</source>
            <translation>Une erreur s’est produite. Les détails se trouvent dans le fichier journal ; vous pouvez les copier ci-dessous.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" line="54" />
            <source>Something went wrong</source>
            <translation>Une erreur s’est produite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" line="48" />
            <source>Cannot do that</source>
            <translation>Impossible de faire cela</translation>
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
            <translation>Aucune visite pour l’instant.

Planifiez-en une avec Nouvelle visite (Ctrl+N), ou créez un profil de démonstration :
mystery-shop demo --profile DIR</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="104" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="118" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="128" />
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="140" />
            <source>&amp;Supervise</source>
            <translation>&amp;Supervision</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="162" />
            <source>Fo&amp;rms</source>
            <translation>Fo&amp;rmulaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="163" />
            <source>Form designer…</source>
            <translation>Concepteur de formulaires…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="185" />
            <source>Search visits (Ctrl+F)</source>
            <translation>Rechercher des visites (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="189" />
            <source>All states</source>
            <translation>Tous les états</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="190" />
            <source>Assigned to me</source>
            <translation>Qui me sont assignées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="195" />
            <source>from any date</source>
            <translation>depuis n’importe quelle date</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="196" />
            <source>to any date</source>
            <translation>jusqu’à n’importe quelle date</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="252" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="101" />
            <source>All clients</source>
            <translation>Tous les clients</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="264" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="111" />
            <source>All locations</source>
            <translation>Tous les sites</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="467" />
            <source>About Mystery Shop</source>
            <translation>À propos de Mystery Shop</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="110" />
            <location filename="../../mystery_shop/ui/main_window.py" line="125" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="111" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="86" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="113" />
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="114" />
            <location filename="../../mystery_shop/ui/main_window.py" line="125" />
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="115" />
            <location filename="../../mystery_shop/ui/main_window.py" line="125" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="143" />
            <source>Plan a visit…</source>
            <translation>Planifier une visite…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="144" />
            <source>Plan from CSV…</source>
            <translation>Planifier depuis un CSV…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="145" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="37" />
            <source>Review queue</source>
            <translation>File de révision</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="148" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="236" />
            <source>Export report…</source>
            <translation>Exporter le rapport…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="149" />
            <source>Export internal copy…</source>
            <translation>Exporter la copie interne…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="150" />
            <source>Export reports for a period…</source>
            <translation>Exporter les rapports d’une période…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="151" />
            <source>Report settings…</source>
            <translation>Paramètres des rapports…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="298" />
            <location filename="../../mystery_shop/ui/main_window.py" line="305" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="72" />
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="298" />
            <source>Your full name, as reports and the audit trail show it:</source>
            <translation>Votre nom complet, tel que les rapports et la piste d’audit l’affichent :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="435" />
            <source>Select a visit first.</source>
            <translation>Sélectionnez d’abord une visite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="504" />
            <source>Mystery shopping and customer-touchpoint audits: offline checklists, scoring, photo evidence and signed PDF reports.</source>
            <translation>Visites mystère et audits des points de contact client : listes de contrôle hors ligne, notation, photos comme preuves et rapports PDF signés.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="509" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="509" />
            <source>Log file</source>
            <translation>Fichier journal</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="67" />
            <source>Reports will name you “{name}”. &lt;a href='#name'&gt;Set your name…&lt;/a&gt;</source>
            <translation>Les rapports vous nommeront « {name} ». &lt;a href='#name'&gt;Indiquer votre nom…&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="90" />
            <source>Profile: {path}</source>
            <translation>Profil : {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/main_window.py" line="290" />
            <source>%Ln visit(s) · {shown} shown</source>
            <translation>
                <numerusform>%Ln visite · {shown} affichée(s)</numerusform>
                <numerusform>%Ln visites · {shown} affichées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="308" />
            <source>Reports now name you {name}.</source>
            <translation>Les rapports vous nomment désormais {name}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="364" />
            <source>Visit planned for {name}.</source>
            <translation>Visite planifiée pour {name}.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="18" />
            <source>Planned</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="21" />
            <source>Score override</source>
            <translation>Correction du score</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="22" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="438" />
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="23" />
            <source>Signed</source>
            <translation>Signé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="24" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>Why / detail</source>
            <translation>Pourquoi / détail</translation>
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
                <numerusform>{section} à {location} : moyenne {score} sur %n visite ; cliquez pour voir la visite</numerusform>
                <numerusform>{section} à {location} : moyenne {score} sur %n visites ; cliquez pour voir les visites</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="26" />
            <source>Taken on another day</source>
            <translation>Prise un autre jour</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="27" />
            <source>Far from the visit's start</source>
            <translation>Loin du début de la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="28" />
            <source>Far from the location</source>
            <translation>Loin du site</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="29" />
            <source>Used in another visit</source>
            <translation>Utilisée dans une autre visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="30" />
            <source>Too few photos</source>
            <translation>Trop peu de photos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="31" />
            <source>Too many photos</source>
            <translation>Trop de photos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="39" />
            <source>Visit date</source>
            <translation>Date de la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="45" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="204" />
            <source>Evidence</source>
            <translation>Preuves</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="96" />
            <source>✓ no flags</source>
            <translation>✓ aucun signalement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="71" />
            <source>Submitted {when}</source>
            <translation>Soumise {when}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="89" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="40" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="191" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="48" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="344" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="336" />
            <source>so far</source>
            <translation>pour l’instant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="198" />
            <source>A critical question failed: the form sets its touchpoint or the visit to 0.</source>
            <translation>Une question critique a échoué : le formulaire ramène son point de contact ou la visite à 0.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="200" />
            <source>Required answers are still missing: the figure counts only what is answered so far.</source>
            <translation>Des réponses obligatoires manquent encore : le chiffre ne compte que ce qui a été répondu jusqu’ici.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="143" />
            <source>Overdue: due {date}</source>
            <translation>En retard : échéance le {date}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="157" />
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="69" />
            <source>Freehand</source>
            <translation>Main levée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="70" />
            <source>Arrow</source>
            <translation>Flèche</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="71" />
            <source>Box</source>
            <translation>Cadre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="199" />
            <source>Text to place on the photo:</source>
            <translation>Texte à placer sur la photo :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="316" />
            <source>Line</source>
            <translation>Trait</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="323" />
            <source>Line width, in proportion to the photo's size</source>
            <translation>Épaisseur du trait, proportionnelle à la taille de la photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="328" />
            <source>Take back the last mark (Ctrl+Z)</source>
            <translation>Retirer la dernière marque (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="330" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="69" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="267" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="331" />
            <source>Take off every mark</source>
            <translation>Retirer toutes les marques</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="361" />
            <location filename="../../mystery_shop/ui/photos/camera.py" line="79" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="130" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="363" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="415" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="459" />
            <source>Save annotated copy</source>
            <translation>Enregistrer la copie annotée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="480" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="485" />
            <source>Cannot annotate</source>
            <translation>Annotation impossible</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="480" />
            <source>This visit cannot be changed any more.</source>
            <translation>Cette visite ne peut plus être modifiée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="486" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="452" />
            <source>The original photo is not on this computer yet (it arrives with the next sync).</source>
            <translation>La photo originale n’est pas encore sur cet ordinateur (elle arrive avec la prochaine synchronisation).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="340" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="130" />
            <source>Zoom out (-, Ctrl+wheel)</source>
            <translation>Dézoomer (-, Ctrl+molette)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="341" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="131" />
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="341" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="131" />
            <source>Fit to the window (0)</source>
            <translation>Ajuster à la fenêtre (0)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="342" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="133" />
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation>Zoomer (+, Ctrl+molette)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="401" />
            <source>Drag to draw freehand.</source>
            <translation>Faites glisser pour dessiner à main levée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="402" />
            <source>Drag from the tail to the point of the arrow.</source>
            <translation>Faites glisser de la queue à la pointe de la flèche.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="403" />
            <source>Drag from one corner of the box to the other.</source>
            <translation>Faites glisser d’un coin du cadre à l’autre.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="404" />
            <source>Click where the text should start.</source>
            <translation>Cliquez là où le texte doit commencer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="406" />
            <source>The original photo is kept; saving makes an annotated copy.</source>
            <translation>La photo originale est conservée ; l’enregistrement crée une copie annotée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="415" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="224" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="452" />
            <source>Remove annotation</source>
            <translation>Supprimer l’annotation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="451" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="455" />
            <source>Cannot save the annotation</source>
            <translation>Impossible d’enregistrer l’annotation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="459" />
            <location filename="../../mystery_shop/ui/photos/camera.py" line="102" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="248" />
            <source>Annotate — {name}</source>
            <translation>Annoter — {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="471" />
            <source>Discard the marks?</source>
            <translation>Abandonner les marques ?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="471" />
            <source>Close without saving the annotation?</source>
            <translation>Fermer sans enregistrer l’annotation ?</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="59" />
            <location filename="../../mystery_shop/ui/photos/camera.py" line="81" />
            <source>Take photo</source>
            <translation>Prendre une photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="75" />
            <source>Starting the camera…</source>
            <translation>Démarrage de la caméra…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="98" />
            <source>Press Take photo (or Space) when the picture is right.</source>
            <translation>Appuyez sur Prendre une photo (ou Espace) quand l’image vous convient.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="111" />
            <source>The photo could not be taken: {reason}</source>
            <translation>La photo n’a pas pu être prise : {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="115" />
            <source>The camera cannot be used: {reason}</source>
            <translation>La caméra ne peut pas être utilisée : {reason}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="50" />
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="51" />
            <source>Yellow</source>
            <translation>Jaune</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="52" />
            <source>Green</source>
            <translation>Vert</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="53" />
            <source>Blue</source>
            <translation>Bleu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="54" />
            <source>White</source>
            <translation>Blanc</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="55" />
            <source>Black</source>
            <translation>Noir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="58" />
            <source>Thin</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="59" />
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="60" />
            <source>Thick</source>
            <translation>Épais</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="48" />
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="71" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="135" />
            <source>no capture time</source>
            <translation>pas d’heure de prise de vue</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="54" />
            <source>no position</source>
            <translation>pas de position</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="89" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="157" />
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="117" />
            <source>Previous photo (Left arrow)</source>
            <translation>Photo précédente (flèche gauche)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="124" />
            <source>Next photo (Right arrow)</source>
            <translation>Photo suivante (flèche droite)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="132" />
            <source>Actual pixels (1)</source>
            <translation>Taille réelle (1)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="169" />
            <source>What the photo shows</source>
            <translation>Ce que montre la photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="218" />
            <source>Switch between the original and the annotated copy (A)</source>
            <translation>Basculer entre l’original et la copie annotée (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="221" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="342" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="240" />
            <source>Annotate…</source>
            <translation>Annoter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="222" />
            <source>Draw arrows, boxes and notes on a copy; the original is kept</source>
            <translation>Dessiner des flèches, des cadres et des notes sur une copie ; l’original est conservé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="225" />
            <source>Take the annotated copy off this photo; the original stays</source>
            <translation>Retirer la copie annotée de cette photo ; l’original reste</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="233" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="166" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="116" />
            <source>Previous</source>
            <translation>Précédente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="123" />
            <source>Next</source>
            <translation>Suivante</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="166" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="268" />
            <source>Caption</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="181" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="193" />
            <source>Taken</source>
            <translation>Prise le</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="194" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="195" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="196" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="211" />
            <source>Annotation</source>
            <translation>Annotation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="308" />
            <source>No caption.</source>
            <translation>Pas de légende.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="334" />
            <source>Show original</source>
            <translation>Afficher l’original</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="334" />
            <source>Show annotated</source>
            <translation>Afficher la copie annotée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="337" />
            <source>None.</source>
            <translation>Aucun.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="342" />
            <source>Edit annotation…</source>
            <translation>Modifier l’annotation…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="452" />
            <source>Remove the annotated copy? The original photo is not changed.</source>
            <translation>Supprimer la copie annotée ? La photo originale n’est pas modifiée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="298" />
            <source>{i} of {n}</source>
            <translation>{i} sur {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="304" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="305" />
            <source>Photo {i} of {n}</source>
            <translation>Photo {i} sur {n}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="314" />
            <source>{w} × {h} px</source>
            <translation>{w} × {h} px</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="324" />
            <source>No evidence flags: time and place agree with the visit.</source>
            <translation>Aucun signalement : l’heure et le lieu correspondent à la visite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="339" />
            <source>Showing the annotated copy. The original is kept unchanged.</source>
            <translation>La copie annotée est affichée. L’original reste inchangé.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="341" />
            <source>Showing the original. This photo also has an annotated copy.</source>
            <translation>L’original est affiché. Cette photo a aussi une copie annotée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="355" />
            <source>the picture has not arrived yet</source>
            <translation>l’image n’est pas encore arrivée</translation>
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
            <translation>Exporter les rapports</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="127" />
            <source>One PDF per approved or published visit of the client in the period. Reports are signed when a certificate is set in Report settings.</source>
            <translation>Un PDF par visite approuvée ou publiée du client sur la période. Les rapports sont signés lorsqu’un certificat est défini dans les Paramètres des rapports.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="136" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="148" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="146" />
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="151" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="154" />
            <source>Cancel export</source>
            <translation>Annuler l’exportation</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="163" />
            <source>Export reports to</source>
            <translation>Exporter les rapports vers</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="187" />
            <source>Finding the visits…</source>
            <translation>Recherche des visites…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="201" />
            <source>Stopping after the report being written…</source>
            <translation>Arrêt après le rapport en cours d’écriture…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="206" />
            <source>%v of %m reports</source>
            <translation>%v rapports sur %m</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="215" />
            <source>No approved or published visits of this client in the period.</source>
            <translation>Aucune visite approuvée ou publiée de ce client sur la période.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="231" />
            <source>The reports were not written</source>
            <translation>Les rapports n’ont pas été écrits</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="71" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="390" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="407" />
            <source>Cannot sign the report</source>
            <translation>Impossible de signer le rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="76" />
            <source>Export internal copy</source>
            <translation>Exporter la copie interne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="76" />
            <source>Export report</source>
            <translation>Exporter le rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="94" />
            <source>The report was not written</source>
            <translation>Le rapport n’a pas été écrit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="172" />
            <source>The period ends before it starts.</source>
            <translation>La période se termine avant de commencer.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="180" />
            <source>Cannot sign the reports</source>
            <translation>Impossible de signer les rapports</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="208" />
            <source>Writing {name}</source>
            <translation>Écriture de {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" line="217" />
            <source>Cancelled: {n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>Annulé : {n} rapport sur %n écrit dans {folder}.</numerusform>
                <numerusform>Annulé : {n} rapports sur %n écrits dans {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" line="221" />
            <source>{n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>{n} rapport sur %n écrit dans {folder}.</numerusform>
                <numerusform>{n} rapports sur %n écrits dans {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="223" />
            <source>Not written:</source>
            <translation>Non écrits :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="40" />
            <source>Report settings</source>
            <translation>Paramètres des rapports</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="44" />
            <source>as it appears on the cover of every report</source>
            <translation>tel qu’il figure sur la couverture de chaque rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="46" />
            <source>PNG or JPEG (optional)</source>
            <translation>PNG ou JPEG (facultatif)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="52" />
            <source>the firm's .p12 file; none: reports are not signed</source>
            <translation>le fichier .p12 du cabinet ; aucun : les rapports ne sont pas signés</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="54" />
            <source>optional: https://… an RFC 3161 timestamp server</source>
            <translation>facultatif : https://… un serveur d’horodatage RFC 3161</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="56" />
            <source>No certificate yet? Create one with:  mystery-shop keys create --name "Firm name" --out firm.p12  and give clients the firm.crt written beside it.</source>
            <translation>Pas encore de certificat ? Créez-en un avec :  mystery-shop keys create --name "Firm name" --out firm.p12  et donnez aux clients le fichier firm.crt écrit à côté.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="63" />
            <source>Firm name</source>
            <translation>Nom du cabinet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="64" />
            <source>Firm logo</source>
            <translation>Logo du cabinet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="65" />
            <source>Page size</source>
            <translation>Format de page</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="66" />
            <source>Certificate</source>
            <translation>Certificat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="67" />
            <source>Timestamp server</source>
            <translation>Serveur d’horodatage</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="68" />
            <source>Report language</source>
            <translation>Langue des rapports</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="108" />
            <source>The language of the client's reports: their words, dates and numbers</source>
            <translation>La langue des rapports du client : leurs mots, dates et nombres</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="151" />
            <source>Choose a file</source>
            <translation>Choisir un fichier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="64" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="66" />
            <source>PKCS#12 key (*.p12 *.pfx)</source>
            <translation>Clé PKCS#12 (*.p12 *.pfx)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="128" />
            <source>The logo</source>
            <translation>Le logo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="128" />
            <source>The certificate</source>
            <translation>Le certificat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="130" />
            <source>{what} {path} does not exist.</source>
            <translation>{what} {path} n’existe pas.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="29" />
            <source>Sign the report</source>
            <translation>Signer le rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="26" />
            <source>Passphrase of the firm's certificate
{path}:</source>
            <translation>Phrase secrète du certificat du cabinet
{path} :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="28" />
            <source>That passphrase did not open the certificate. Try again.</source>
            <translation>Cette phrase secrète n’a pas ouvert le certificat. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="45" />
            <source>The certificate {path} cannot be read. Choose it again in Report settings.</source>
            <translation>Le certificat {path} ne peut pas être lu. Choisissez-le à nouveau dans les Paramètres des rapports.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="86" />
            <source>Comment…</source>
            <translation>Commentaire…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="89" />
            <source>Override points…</source>
            <translation>Corriger les points…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="108" />
            <source>N/A — not applicable on this visit</source>
            <translation>S.O. — sans objet pour cette visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="118" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="111" />
            <source>{e} of {p} pts</source>
            <translation>{e} sur {p} pts</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="120" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="269" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="339" />
            <source>critical failed</source>
            <translation>critique échouée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="131" />
            <source>Overridden to {p} by {who}: {why}</source>
            <translation>Corrigé à {p} par {who} : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="65" />
            <source>Your comment for the auditor</source>
            <translation>Votre commentaire pour l’auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="67" />
            <source>Save to my library of comments</source>
            <translation>Enregistrer dans ma bibliothèque de commentaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="70" />
            <source>Saved comments (double-click to use)</source>
            <translation>Commentaires enregistrés (double-cliquez pour utiliser)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="72" />
            <source>Remove from library</source>
            <translation>Retirer de la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="132" />
            <source>Override the points</source>
            <translation>Corriger les points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="139" />
            <source>Earned now</source>
            <translation>Obtenus actuellement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="142" />
            <source>New points</source>
            <translation>Nouveaux points</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="144" />
            <source>Why (required; shown in the audit trail and the report)</source>
            <translation>Pourquoi (obligatoire ; figure dans la piste d’audit et dans le rapport)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="146" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="151" />
            <source>Override</source>
            <translation>Corriger</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="87" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="66" />
            <source>Add comment</source>
            <translation>Ajouter un commentaire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="141" />
            <source>0 to {p}</source>
            <translation>0 à {p}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="47" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="118" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n photo</numerusform>
                <numerusform>%n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="51" />
            <source>%n flagged</source>
            <translation>
                <numerusform>%n signalée</numerusform>
                <numerusform>%n signalées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="74" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="138" />
            <source>annotated copy (the original is kept)</source>
            <translation>copie annotée (l’original est conservé)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="49" />
            <source>rule: {lo} to {hi}</source>
            <translation>règle : de {lo} à {hi}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="69" />
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="60" />
            <source>Nothing waiting for review.</source>
            <translation>Rien n’attend de révision.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="79" />
            <source>Any evidence</source>
            <translation>Toutes preuves</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="80" />
            <source>⚑ With flags</source>
            <translation>⚑ Avec signalements</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="81" />
            <source>✓ Without flags</source>
            <translation>✓ Sans signalement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="102" />
            <source>All auditors</source>
            <translation>Tous les auditeurs</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="103" />
            <source>All forms</source>
            <translation>Tous les formulaires</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="126" />
            <source>{shown} of {total} waiting</source>
            <translation>{shown} sur {total} en attente</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="102" />
            <source>(nobody)</source>
            <translation>(personne)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="191" />
            <source>Comments on the visit</source>
            <translation>Commentaires sur la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="198" />
            <source>Comment on the visit…</source>
            <translation>Commenter la visite…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="202" />
            <source>Visit</source>
            <translation>Visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="213" />
            <source>Audit trail</source>
            <translation>Piste d’audit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="225" />
            <source>Return to auditor…</source>
            <translation>Renvoyer à l’auditeur…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="227" />
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="230" />
            <source>Approve and sign report…</source>
            <translation>Approuver et signer le rapport…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="231" />
            <source>Approve, then write the signed PDF report in one step</source>
            <translation>Approuver, puis écrire le rapport PDF signé en une seule étape</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="233" />
            <source>Publish for the client</source>
            <translation>Publier pour le client</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="331" />
            <source>Waiting for your review: comment, override points with a reason, then return or approve.</source>
            <translation>En attente de votre révision : commentez, corrigez les points avec un motif, puis renvoyez ou approuvez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="334" />
            <source>Returned to the auditor: waiting for them to fix it and submit again.</source>
            <translation>Renvoyée à l’auditeur : en attente de sa correction et d’une nouvelle soumission.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="335" />
            <source>Approved. Publish it to make the report visible to the client.</source>
            <translation>Approuvée. Publiez-la pour rendre le rapport visible au client.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="336" />
            <source>Published for the client.</source>
            <translation>Publiée pour le client.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="337" />
            <source>A draft: the auditor has not submitted it yet.</source>
            <translation>Un brouillon : l’auditeur ne l’a pas encore soumise.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="433" />
            <source>A comment on the whole visit.</source>
            <translation>Un commentaire sur l’ensemble de la visite.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="458" />
            <source>Return to the auditor</source>
            <translation>Renvoyer à l’auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="459" />
            <source>Say what the auditor should fix. They see this comment on their visit, beside any comments you left on single questions.</source>
            <translation>Indiquez ce que l’auditeur doit corriger. Il voit ce commentaire sur sa visite, à côté des commentaires que vous avez laissés sur des questions.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="464" />
            <source>Return the visit</source>
            <translation>Renvoyer la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="272" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="43" />
            <source>no score</source>
            <translation>pas de score</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="280" />
            <source>None yet.</source>
            <translation>Aucun pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="312" />
            <source>Started</source>
            <translation>Commencée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="313" />
            <source>Finished</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="320" />
            <source>Signed by</source>
            <translation>Signé par</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="342" />
            <source>Every action is written to the audit trail with your name and the time.</source>
            <translation>Chaque action est inscrite dans la piste d’audit avec votre nom et l’heure.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="423" />
            <source>The visit was not published</source>
            <translation>La visite n’a pas été publiée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="72" />
            <source>Review: {client} — {location}</source>
            <translation>Révision : {client} — {location}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="294" />
            <source>Send the client the signed report, in the portal</source>
            <translation>Envoyer au client le rapport signé, dans le portail</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="296" />
            <source>Sign the report and send it to the client, in the portal</source>
            <translation>Signer le rapport et l’envoyer au client, dans le portail</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="318" />
            <source>Time on visit</source>
            <translation>Durée de la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="410" />
            <source>Publishing sends the client the visit's signed report. Choose the firm's certificate in Report settings, then publish: the report is signed as it goes.</source>
            <translation>La publication envoie au client le rapport signé de la visite. Choisissez le certificat du cabinet dans les Paramètres des rapports, puis publiez : le rapport est signé au passage.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="435" />
            <source>A comment on: {q}</source>
            <translation>Un commentaire sur : {q}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="317" />
            <source>{h} h {m:02d} min</source>
            <translation>{h} h {m:02d} min</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="318" />
            <source>{m} min</source>
            <translation>{m} min</translation>
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
            <translation>auditeur {name}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="52" />
            <source>&amp;Account</source>
            <translation>&amp;Compte</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="143" />
            <source>Signed out. Your work stays on this computer.</source>
            <translation>Déconnecté. Votre travail reste sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="56" />
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="87" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="59" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="69" />
            <source>Sign in…</source>
            <translation>Se connecter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="57" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="56" />
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="58" />
            <source>Refused changes…</source>
            <translation>Modifications refusées…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="59" />
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="127" />
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="87" />
            <source>Sign in again…</source>
            <translation>Se reconnecter…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="121" />
            <source>Sign out of {server}?</source>
            <translation>Se déconnecter de {server} ?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="123" />
            <source>%n change(s) have not been sent yet: they stay on this computer and go after you sign in again.</source>
            <translation>
                <numerusform>%n modification n’a pas encore été envoyée : elle reste sur cet ordinateur et partira après votre reconnexion.</numerusform>
                <numerusform>%n modifications n’ont pas encore été envoyées : elles restent sur cet ordinateur et partiront après votre reconnexion.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="132" />
            <source>Signing out when the sync under way ends…</source>
            <translation>Déconnexion à la fin de la synchronisation en cours…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="155" />
            <source>The server did not take %n change(s): see Refused changes.</source>
            <translation>
                <numerusform>Le serveur n’a pas accepté %n modification : voir Modifications refusées.</numerusform>
                <numerusform>Le serveur n’a pas accepté %n modifications : voir Modifications refusées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="113" />
            <source>Signed in to {server} as {user} ({role}).</source>
            <translation>Connecté à {server} en tant que {user} ({role}).</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="115" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="264" />
            <source>Conflict</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="115" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="264" />
            <source>Refused</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="129" />
            <source>Changes the server did not take</source>
            <translation>Modifications que le serveur n’a pas acceptées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="148" />
            <source>Nothing refused.

Every change made on this computer reached the server.</source>
            <translation>Rien de refusé.

Chaque modification faite sur cet ordinateur a atteint le serveur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="164" />
            <source>Show the ones already settled</source>
            <translation>Afficher aussi celles déjà réglées</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="197" />
            <source>The two versions</source>
            <translation>Les deux versions</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="215" />
            <source>What you can do</source>
            <translation>Ce que vous pouvez faire</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="224" />
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="226" />
            <source>Open the visit</source>
            <translation>Ouvrir la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="228" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="293" />
            <source>Keep the server's version</source>
            <translation>Garder la version du serveur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="230" />
            <source>Use mine</source>
            <translation>Utiliser la mienne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="202" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="202" />
            <source>On this computer</source>
            <translation>Sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="202" />
            <source>On the server</source>
            <translation>Sur le serveur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="265" />
            <source>Not tied to a visit</source>
            <translation>Liée à aucune visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="293" />
            <source>Dismiss</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="269" />
            <source>The server said:</source>
            <translation>Le serveur a répondu :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="270" />
            <source>at {when}</source>
            <translation>à {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="68" />
            <source>Something went wrong while signing in; the details are in the log file.</source>
            <translation>Une erreur s’est produite lors de la connexion ; les détails se trouvent dans le fichier journal.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="60" />
            <source>This version of Mystery Shop is too old for the server. Install the update, then sign in again.</source>
            <translation>Cette version de Mystery Shop est trop ancienne pour le serveur. Installez la mise à jour, puis reconnectez-vous.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="44" />
            <source>Enter the address of your firm's sync server.</source>
            <translation>Saisissez l’adresse du serveur de synchronisation de votre cabinet.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="64" />
            <source>Wrong user name or password, or the account is disabled.</source>
            <translation>Nom d’utilisateur ou mot de passe incorrect, ou compte désactivé.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="79" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="132" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="180" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="86" />
            <source>Sign in to your firm's sync server</source>
            <translation>Se connecter au serveur de synchronisation de votre cabinet</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="89" />
            <source>Your visits stay on this computer and work offline; signing in sends them to your firm and brings the visits assigned to you.</source>
            <translation>Vos visites restent sur cet ordinateur et fonctionnent hors ligne ; la connexion les envoie à votre cabinet et récupère les visites qui vous sont assignées.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="106" />
            <source>as given by your supervisor</source>
            <translation>tel que fourni par votre superviseur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="109" />
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="110" />
            <source>User name</source>
            <translation>Nom d’utilisateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="111" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="56" />
            <source>Cannot reach the server at {server}. Check the address and that this computer is online.</source>
            <translation>Impossible de joindre le serveur {server}. Vérifiez l’adresse et que cet ordinateur est en ligne.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="67" />
            <source>The server refused the sign-in: {detail}</source>
            <translation>Le serveur a refusé la connexion : {detail}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="161" />
            <source>Enter your user name and password.</source>
            <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="180" />
            <source>Signing in…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="49" />
            <source>“{text}” is not a web address such as https://sync.example.com.</source>
            <translation>« {text} » n’est pas une adresse web telle que https://sync.example.com.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="28" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="32" />
            <source>just now</source>
            <translation>à l’instant</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="34" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>il y a %n minute</numerusform>
                <numerusform>il y a %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="36" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>il y a %n heure</numerusform>
                <numerusform>il y a %n heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="45" />
            <source>%Ln visit(s) waiting</source>
            <translation>
                <numerusform>%Ln visite en attente</numerusform>
                <numerusform>%Ln visites en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="47" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln modification en attente</numerusform>
                <numerusform>%Ln modifications en attente</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="40" />
            <source>on {date}</source>
            <translation>le {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="136" />
            <source>%Ln change(s) refused</source>
            <translation>
                <numerusform>%Ln modification refusée</numerusform>
                <numerusform>%Ln modifications refusées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="39" />
            <source>yesterday at {time}</source>
            <translation>hier à {time}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="58" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="157" />
            <source>Signed out</source>
            <translation>Déconnecté</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="58" />
            <source>Not signed in · this computer only</source>
            <translation>Non connecté · cet ordinateur uniquement</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="61" />
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="66" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="76" />
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="141" />
            <source>Clock %n min off</source>
            <translation>
                <numerusform>Horloge décalée de %n min</numerusform>
                <numerusform>Horloge décalée de %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="157" />
            <source>Signed in</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="161" />
            <source>Not signed in: everything stays on this computer.</source>
            <translation>Non connecté : tout reste sur cet ordinateur.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="165" />
            <source>%Ln change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln modification en attente d’envoi</numerusform>
                <numerusform>%Ln modifications en attente d’envoi</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="65" />
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="68" />
            <source>Sign-in expired</source>
            <translation>Connexion expirée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="143" />
            <source>This computer's clock is %n minute(s) {way} the server's. Times on visits come from this clock: set it right in the system settings.</source>
            <translation>L’horloge de cet ordinateur est %n minute {way} celle du serveur. Les heures des visites viennent de cette horloge : réglez-la dans les paramètres du système.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="158" />
            <source>{signed} to {server} as {user} ({role})</source>
            <translation>{signed} à {server} en tant que {user} ({role})</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="163" />
            <source>Last synced: {when}</source>
            <translation>Dernière synchronisation : {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="168" />
            <source>Last problem: {error}</source>
            <translation>Dernier problème : {error}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="64" />
            <source>last synced {when}</source>
            <translation>dernière synchronisation {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="147" />
            <source>ahead of</source>
            <translation>en avance sur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="147" />
            <source>behind</source>
            <translation>en retard sur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="73" />
            <source>Update the app to keep syncing</source>
            <translation>Mettez l’application à jour pour continuer à synchroniser</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="78" />
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="75" />
            <source>Sync failed: {why}</source>
            <translation>Échec de la synchronisation : {why}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="80" />
            <source>Synced {when}</source>
            <translation>Synchronisé {when}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="36" />
            <source>Finish the visit</source>
            <translation>Terminer la visite</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="83" />
            <source>Sign and submit</source>
            <translation>Signer et soumettre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="85" />
            <source>Keep working</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="73" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="151" />
            <source>The auditor's signature and attestation</source>
            <translation>La signature et la déclaration de l’auditeur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="106" />
            <source>Everything required is answered. Sign and submit.</source>
            <translation>Tout ce qui est obligatoire a une réponse. Signez et soumettez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="128" />
            <source>Sign in the box first.</source>
            <translation>Signez d’abord dans le cadre.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="65" />
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="148" />
            <source>{have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{have} sur au moins %n photo</numerusform>
                <numerusform>{have} sur au moins %n photos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="110" />
            <source>Still missing</source>
            <translation>Il manque encore</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="65" />
            <source>Add photos…</source>
            <translation>Ajouter des photos…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="67" />
            <source>Undo delete</source>
            <translation>Annuler la suppression</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="70" />
            <source>Take photo…</source>
            <translation>Prendre une photo…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="71" />
            <source>Take a photo with this computer's camera</source>
            <translation>Prendre une photo avec la caméra de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="94" />
            <source>Drop photos or a folder here, or paste (Ctrl+V). Double-click a photo to view it; right-click for caption, annotation and delete.</source>
            <translation>Déposez des photos ou un dossier ici, ou collez (Ctrl+V). Double-cliquez sur une photo pour la voir ; clic droit pour la légende, l’annotation et la suppression.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="149" />
            <source>Add photos</source>
            <translation>Ajouter des photos</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="149" />
            <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</source>
            <translation>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="236" />
            <source>View</source>
            <translation>Voir</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="268" />
            <source>What the photo shows:</source>
            <translation>Ce que montre la photo :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="214" />
            <source>Some files were not added</source>
            <translation>Certains fichiers n’ont pas été ajoutés</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="118" />
            <source>at least {min}, at most {max}</source>
            <translation>au moins {min}, au plus {max}</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="239" />
            <source>Caption…</source>
            <translation>Légende…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="215" />
            <source>The other photos were added. These were not:</source>
            <translation>Les autres photos ont été ajoutées. Celles-ci non :</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="63" />
            <source>Not applicable on this visit (A)</source>
            <translation>Sans objet pour cette visite (A)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="70" />
            <source>Comment for the report</source>
            <translation>Commentaire pour le rapport</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="118" />
            <source>The language of the form on this visit: the answers are the same in all</source>
            <translation>La langue du formulaire pour cette visite : les réponses sont les mêmes dans toutes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="186" />
            <source>◀ Previous touchpoint</source>
            <translation>◀ Point de contact précédent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="188" />
            <source>Next touchpoint ▶</source>
            <translation>Point de contact suivant ▶</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="190" />
            <source>Every answer is saved as you give it.</source>
            <translation>Chaque réponse est enregistrée dès que vous la donnez.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="192" />
            <source>Finish…</source>
            <translation>Terminer…</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="334" />
            <source>answered</source>
            <translation>répondu</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="349" />
            <source>no score yet</source>
            <translation>pas encore de score</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="373" />
            <source>See the comments beside the questions.</source>
            <translation>Voir les commentaires à côté des questions.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="218" />
            <source>at least %n photo(s)</source>
            <translation>
                <numerusform>au moins %n photo</numerusform>
                <numerusform>au moins %n photos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="374" />
            <source>Returned by your supervisor.</source>
            <translation>Renvoyée par votre superviseur.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="379" />
            <source>This visit is {status}: it can no longer be changed.</source>
            <translation>Cette visite est {status} : elle ne peut plus être modifiée.</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="263" />
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="290" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="113" />
            <source>Very unhappy</source>
            <translation>Très mécontent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <source>Unhappy</source>
            <translation>Mécontent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <source>Neutral</source>
            <translation>Neutre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <source>Happy</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="113" />
            <source>Very happy</source>
            <translation>Très content</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="192" />
            <source>a whole number</source>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="192" />
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="114" />
            <source>Strongly disagree</source>
            <translation>Pas du tout d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="114" />
            <source>Strongly agree</source>
            <translation>Tout à fait d’accord</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="115" />
            <source>Not at all likely</source>
            <translation>Pas du tout probable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="115" />
            <source>Extremely likely</source>
            <translation>Extrêmement probable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" line="23" />
            <source>Signature pad</source>
            <translation>Zone de signature</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" line="107" />
            <source>Sign here</source>
            <translation>Signez ici</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="57" />
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="96" />
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="105" />
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="59" />
            <source>Start or stop the stopwatch (Ctrl+T)</source>
            <translation>Démarrer ou arrêter le chronomètre (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="61" />
            <source>Reset</source>
            <translation>Remettre à zéro</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="64" />
            <source>or type m:ss / seconds</source>
            <translation>ou saisir m:ss / secondes</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="86" />
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="121" />
            <source>Type seconds (95) or minutes:seconds (1:35)</source>
            <translation>Saisissez des secondes (95) ou minutes:secondes (1:35)</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Last 3 months</source>
            <translation>3 derniers mois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Last 12 months</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Custom</source>
            <translation>Personnalisée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Returned</source>
            <translation>Renvoyée</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Post purchase</source>
            <translation>Après-achat</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Social</source>
            <translation>Réseaux sociaux</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Excellent</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Good</source>
            <translation>Bon</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Fair</source>
            <translation>Passable</translation>
        </message>
        <message>
            <location filename="../../mystery_shop/domain" line="0" />
            <source>Poor</source>
            <translation>Insuffisant</translation>
        </message>
    </context>
</TS>
