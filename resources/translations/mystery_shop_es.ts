<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>mystery-shop</name>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" line="146" />
            <source>Click for the visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/charts.py" line="80" />
            <source>No visits in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="113" />
            <location filename="../../mystery_shop/ui/main_window.py" line="133" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="147" />
            <location filename="../../mystery_shop/ui/main_window.py" line="134" />
            <source>Export data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="246" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="269" />
            <source>%Ln approved or published visit(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="280" />
            <source>%n answer(s) rating 4 or 5</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="283" />
            <source>%n answer(s), promoters − detractors</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="285" />
            <source>%n answer(s), mean of 1–7</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="336" />
            <source>scored visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="336" />
            <source>CSAT answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="336" />
            <source>NPS answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="337" />
            <source>CES answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="149" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="60" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="40" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="40" />
            <location filename="../../mystery_shop/ui/widgets/period.py" line="46" />
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="174" />
            <source>Mean score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="175" />
            <source>CSAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="176" />
            <source>NPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="177" />
            <source>CES</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="202" />
            <source>Mean score by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="203" />
            <source>Locations ranked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="205" />
            <source>Touchpoints by location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="205" />
            <source>Mean touchpoint score; click a cell for its visits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="211" />
            <source>Journey stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="213" />
            <source>Most failed questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="213" />
            <source>% of visits where the question earned nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="244" />
            <source>Add a client first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="277" />
            <source>no scored visits</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="288" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="293" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="298" />
            <source>%n visit(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="327" />
            <source>{section} at {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="331" />
            <source>failed: {q}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="335" />
            <source>{stage} stage</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="273" />
            <source>%n scored visit(s) · {lo} to {hi}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" line="305" />
            <source>failed in {h} of %n visit(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/visit_list.py" line="24" />
            <source>{title}: %n visit(s). Double-click one to open it.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="53" />
            <source>Yes / no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="53" />
            <source>One choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="53" />
            <source>Several choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="54" />
            <source>Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="54" />
            <source>Duration (stopwatch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="54" />
            <source>CSAT (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="55" />
            <source>CES (1–7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="55" />
            <source>NPS (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="55" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="56" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="342" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="72" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="199" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="56" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="38" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="56" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="151" />
            <source>Form id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="153" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="155" />
            <source>e.g. en, pl — the first is the default; empty: one language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="157" />
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="158" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="267" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="160" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="268" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="177" />
            <source>Grade bands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="266" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="341" />
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="273" />
            <source>Journey stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="278" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="280" />
            <source>blank: no weights (every touchpoint or none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="284" />
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="293" />
            <source>Photos at least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="294" />
            <source>Photos at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="338" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="343" />
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="380" />
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="381" />
            <source>The auditor may answer N/A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="388" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="401" />
            <source>Show only if</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="163" />
            <source>From score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="163" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="46" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="163" />
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="168" />
            <source>Add band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="168" />
            <source>Remove band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="186" />
            <source>{v} (saving makes version {n}: version {t} is in use)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="349" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="367" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="369" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="355" />
            <source>Good answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="360" />
            <location filename="../../mystery_shop/ui/widgets/period.py" line="47" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="361" />
            <location filename="../../mystery_shop/ui/widgets/period.py" line="48" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="363" />
            <source>Whole numbers only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="420" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="420" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="430" />
            <source>Choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="430" />
            <source>Thresholds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="106" />
            <source>Shown in the default language when empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="367" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="367" />
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="369" />
            <source>Up to seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="372" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="384" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="351" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="27" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="105" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="373" />
            <source>Fails its touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="374" />
            <source>Fails the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="384" />
            <source>Default for the type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="384" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="351" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="27" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="105" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="519" />
            <source>default: {p}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="269" />
            <location filename="../../mystery_shop/ui/designer/panels.py" line="274" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="390" />
            <source>Always shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="438" />
            <source>Option {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/panels.py" line="244" />
            <source>New grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="31" />
            <source>The language the preview shows the form in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="28" />
            <source>&lt;b&gt;Preview&lt;/b&gt; — as the auditor sees it</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" line="70" />
            <source>%n problem(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" line="134" />
            <source>%n required answer(s) missing</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="53" />
            <source>Default language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="69" />
            <source>Fix the problems shown in red to see the checklist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/preview.py" line="130" />
            <source>Total {t} · {g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" line="77" />
            <source>(untitled touchpoint)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/tree.py" line="82" />
            <source>(no text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="56" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="165" />
            <source>Form designer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="95" />
            <source>Designer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="98" />
            <source>&amp;Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="99" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="163" />
            <source>unsaved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="320" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="303" />
            <source>Open a form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="320" />
            <source>Form:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="348" />
            <source>Export as XLSForm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="348" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="327" />
            <source>XLSForm workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="361" />
            <source>Save the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="361" />
            <source>Audit forms (*.yaml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="81" />
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="102" />
            <source>New form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="103" />
            <source>Open file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="104" />
            <source>Open from this profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="105" />
            <source>Import XLSForm…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="106" />
            <source>Export XLSForm…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="107" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="108" />
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="109" />
            <source>Publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="110" />
            <source>Form settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="111" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="168" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="327" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="112" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="169" />
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="115" />
            <source>Add touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="121" />
            <source>Add question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="122" />
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="123" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="242" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="303" />
            <source>Audit forms (*.yaml *.yml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="317" />
            <source>No forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="317" />
            <source>This profile has no forms yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="327" />
            <source>Import an XLSForm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="337" />
            <source>Cannot import the workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="340" />
            <source>Imported, with notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="345" />
            <source>Cannot export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="345" />
            <source>Fix the problems shown in red first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="259" />
            <source>{what} — Undo (Ctrl+Z) brings it back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="292" />
            <location filename="../../mystery_shop/ui/designer/window.py" line="395" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="292" />
            <source>Discard the changes to this form?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="309" />
            <source>Cannot open the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="333" />
            <source>Not an XLSForm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="369" />
            <source>Cannot save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="371" />
            <source>Saved version {v} to {p}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="380" />
            <source>Cannot publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="383" />
            <source>Published {id} version {v}: it goes to the server at the next sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="395" />
            <source>Close without saving the form?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="168" />
            <source>Undo {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="169" />
            <source>Redo {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="273" />
            <source>Undone: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="279" />
            <source>Redone: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="340" />
            <source>Not carried over:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/designer/window.py" line="352" />
            <source>Exported to {p}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="41" />
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="61" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="41" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="41" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="45" />
            <source>Known coordinates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="55" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="56" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="58" />
            <source>Latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="59" />
            <source>Longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="80" />
            <location filename="../../mystery_shop/ui/main_window.py" line="100" />
            <source>Clients, locations and forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="83" />
            <source>Clients and locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="84" />
            <source>Forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="100" />
            <source>Show archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="175" />
            <source>New client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="175" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="183" />
            <source>Client name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="183" />
            <source>Rename client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="236" />
            <source>Import a form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="236" />
            <source>Form files (*.yaml *.yml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="246" />
            <source>The form has problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="102" />
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="108" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="121" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="109" />
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="110" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="123" />
            <source>Archive / restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="116" />
            <source>Locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="122" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="158" />
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="135" />
            <source>(archived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="225" />
            <source>Import form file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="225" />
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/catalog.py" line="245" />
            <source>{name} was not imported. Fix these lines and try again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="39" />
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="74" />
            <source>Export data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="44" />
            <source>One row per visit, one column per question, then the touchpoint scores. Only approved and published visits are exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="53" />
            <source>Excel workbook (.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="54" />
            <source>CSV, UTF-8 (.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="57" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="61" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="85" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="74" />
            <source>Data (*{s})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/export.py" line="93" />
            <source>%n visit(s) written to {path}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="31" />
            <location filename="../../mystery_shop/ui/main_window.py" line="97" />
            <source>New visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="51" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="32" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="55" />
            <source>What the shopper should ask or do (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="62" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="43" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="42" />
            <source>Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="63" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="42" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="43" />
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="137" />
            <source>Auditor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="64" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="310" />
            <source>Scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="65" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="311" />
            <source>Due by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="66" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="187" />
            <source>Scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="97" />
            <source>Add a client first (Manage → Clients and locations).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="84" />
            <source>Create and open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="84" />
            <source>Plan visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="99" />
            <source>This client has no locations yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="42" />
            <source>Me ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/new_visit.py" line="101" />
            <source>Import a form first (Manage → Forms).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="26" />
            <source>Plan visits from a CSV schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="26" />
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="42" />
            <source>Schedule planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="35" />
            <source>Cannot read the schedule</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="48" />
            <source>, refused %n row(s):</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="47" />
            <source>{file}: planned %n visit(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" line="58" />
            <source>Fix those lines and import a file with only them: the good rows are planned already. Columns: {c} ({r} required).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" line="55" />
            <source>Something went wrong. The details are in the log file; you can copy them below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" line="54" />
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/errors.py" line="48" />
            <source>Cannot do that</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="48" />
            <source>Mystery Shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="65" />
            <source>No visits yet.

Plan one with New visit (Ctrl+N), or create a demo profile:
mystery-shop demo --profile DIR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="92" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="105" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="115" />
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="127" />
            <source>&amp;Supervise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="148" />
            <source>Fo&amp;rms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="149" />
            <source>Form designer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="171" />
            <source>Search visits (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="175" />
            <source>All states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="176" />
            <source>Assigned to me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="181" />
            <source>from any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="182" />
            <source>to any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="241" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="103" />
            <source>All clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="253" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="113" />
            <source>All locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="430" />
            <source>About Mystery Shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="98" />
            <location filename="../../mystery_shop/ui/main_window.py" line="112" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="99" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="89" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="101" />
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="102" />
            <location filename="../../mystery_shop/ui/main_window.py" line="112" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="130" />
            <source>Plan a visit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="131" />
            <source>Plan from CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="132" />
            <location filename="../../mystery_shop/ui/review/queue.py" line="36" />
            <source>Review queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="135" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="235" />
            <source>Export report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="136" />
            <source>Export reports for a period…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="137" />
            <source>Report settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="406" />
            <source>Select a visit first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="467" />
            <source>Mystery shopping and customer-touchpoint audits: offline checklists, scoring, photo evidence and signed PDF reports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="472" />
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="472" />
            <source>Log file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="78" />
            <source>Profile: {path}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/main_window.py" line="279" />
            <source>%Ln visit(s) · {shown} shown</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/main_window.py" line="336" />
            <source>Visit planned for {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="18" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="21" />
            <source>Score override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="22" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="438" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="23" />
            <source>Signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="24" />
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/audit_trail.py" line="30" />
            <source>Why / detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/heat_map.py" line="74" />
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/models/heat_map.py" line="85" />
            <source>{section} at {location}: mean {score} over %n visit(s); click for the visits</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="25" />
            <source>No capture time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="26" />
            <source>Taken on another day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="27" />
            <source>Far from the visit's start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="28" />
            <source>Far from the location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="29" />
            <source>Used in another visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="30" />
            <source>Too few photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="31" />
            <source>Too many photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="38" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="319" />
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="39" />
            <source>Visit date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="44" />
            <location filename="../../mystery_shop/ui/models/visits.py" line="45" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="45" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="204" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="90" />
            <source>✓ no flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="69" />
            <source>Submitted {when}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/models/review_queue.py" line="83" />
            <source>%n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="39" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="44" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="138" />
            <source>Overdue: due {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/models/visits.py" line="150" />
            <source>overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="69" />
            <source>Freehand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="70" />
            <source>Arrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="71" />
            <source>Box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="199" />
            <source>Text to place on the photo:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="316" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="323" />
            <source>Line width, in proportion to the photo's size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="328" />
            <source>Take back the last mark (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="330" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="56" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="267" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="331" />
            <source>Take off every mark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="361" />
            <location filename="../../mystery_shop/ui/photos/camera.py" line="79" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="130" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="363" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="415" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="459" />
            <source>Save annotated copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="480" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="485" />
            <source>Cannot annotate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="480" />
            <source>This visit cannot be changed any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="486" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="452" />
            <source>The original photo is not on this computer yet (it arrives with the next sync).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="340" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="130" />
            <source>Zoom out (-, Ctrl+wheel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="341" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="131" />
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="341" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="131" />
            <source>Fit to the window (0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="342" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="133" />
            <source>Zoom in (+, Ctrl+wheel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="401" />
            <source>Drag to draw freehand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="402" />
            <source>Drag from the tail to the point of the arrow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="403" />
            <source>Drag from one corner of the box to the other.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="404" />
            <source>Click where the text should start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="406" />
            <source>The original photo is kept; saving makes an annotated copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="415" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="224" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="452" />
            <source>Remove annotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="451" />
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="455" />
            <source>Cannot save the annotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="459" />
            <location filename="../../mystery_shop/ui/photos/camera.py" line="102" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="248" />
            <source>Annotate — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="471" />
            <source>Discard the marks?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/annotate.py" line="471" />
            <source>Close without saving the annotation?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="59" />
            <location filename="../../mystery_shop/ui/photos/camera.py" line="81" />
            <source>Take photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="75" />
            <source>Starting the camera…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="98" />
            <source>Press Take photo (or Space) when the picture is right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="111" />
            <source>The photo could not be taken: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/camera.py" line="115" />
            <source>The camera cannot be used: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="50" />
            <source>Red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="51" />
            <source>Yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="52" />
            <source>Green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="53" />
            <source>Blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="54" />
            <source>White</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="55" />
            <source>Black</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="58" />
            <source>Thin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="59" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/marks.py" line="60" />
            <source>Thick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="48" />
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="71" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="135" />
            <source>no capture time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="54" />
            <source>no position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="89" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="157" />
            <source>Photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="117" />
            <source>Previous photo (Left arrow)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="124" />
            <source>Next photo (Right arrow)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="132" />
            <source>Actual pixels (1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="169" />
            <source>What the photo shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="218" />
            <source>Switch between the original and the annotated copy (A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="221" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="342" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="240" />
            <source>Annotate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="222" />
            <source>Draw arrows, boxes and notes on a copy; the original is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="225" />
            <source>Take the annotated copy off this photo; the original stays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="233" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="166" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="116" />
            <source>Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="123" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="166" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="268" />
            <source>Caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="181" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="193" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="194" />
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="195" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="196" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="211" />
            <source>Annotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="308" />
            <source>No caption.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="334" />
            <source>Show original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="334" />
            <source>Show annotated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="337" />
            <source>None.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="342" />
            <source>Edit annotation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="452" />
            <source>Remove the annotated copy? The original photo is not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="298" />
            <source>{i} of {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="304" />
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="305" />
            <source>Photo {i} of {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="324" />
            <source>No evidence flags: time and place agree with the visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="339" />
            <source>Showing the annotated copy. The original is kept unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="341" />
            <source>Showing the original. This photo also has an annotated copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/photos/viewer.py" line="355" />
            <source>the picture has not arrived yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="70" />
            <source>Export report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="70" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="112" />
            <location filename="../../mystery_shop/ui/reports/export.py" line="162" />
            <source>Export reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="117" />
            <source>One PDF per approved or published visit of the client in the period. Reports are signed when a certificate is set in Report settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="126" />
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="110" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="136" />
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="141" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="144" />
            <source>Cancel export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="153" />
            <source>Export reports to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="177" />
            <source>Finding the visits…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="191" />
            <source>Stopping after the report being written…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="196" />
            <source>%v of %m reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="205" />
            <source>No approved or published visits of this client in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="221" />
            <source>The reports were not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="66" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="390" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="407" />
            <source>Cannot sign the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="84" />
            <source>The report was not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="162" />
            <source>The period ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="170" />
            <source>Cannot sign the reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="198" />
            <source>Writing {name}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" line="207" />
            <source>Cancelled: {n} of %n report(s) written to {folder}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" line="211" />
            <source>{n} of %n report(s) written to {folder}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/export.py" line="213" />
            <source>Not written:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="39" />
            <source>Report settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="43" />
            <source>as it appears on the cover of every report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="45" />
            <source>PNG or JPEG (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="51" />
            <source>the firm's .p12 file; none: reports are not signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="53" />
            <source>optional: https://… an RFC 3161 timestamp server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="55" />
            <source>No certificate yet? Create one with:  mystery-shop keys create --name "Firm name" --out firm.p12  and give clients the firm.crt written beside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="62" />
            <source>Firm name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="63" />
            <source>Firm logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="64" />
            <source>Page size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="65" />
            <source>Certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="66" />
            <source>Timestamp server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="113" />
            <source>Choose a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="63" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="65" />
            <source>PKCS#12 key (*.p12 *.pfx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="90" />
            <source>The logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="90" />
            <source>The certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/settings_dialog.py" line="92" />
            <source>{what} {path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="29" />
            <source>Sign the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="26" />
            <source>Passphrase of the firm's certificate
{path}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="28" />
            <source>That passphrase did not open the certificate. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/reports/signing.py" line="45" />
            <source>The certificate {path} cannot be read. Choose it again in Report settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="87" />
            <source>Comment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="90" />
            <source>Override points…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="37" />
            <source>{v} on {lo}–{hi}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="109" />
            <source>N/A — not applicable on this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="113" />
            <source>Not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="119" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="112" />
            <source>{e} of {p} pts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="121" />
            <location filename="../../mystery_shop/ui/review/review_window.py" line="268" />
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="286" />
            <source>critical failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/answer_view.py" line="132" />
            <source>Overridden to {p} by {who}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="66" />
            <source>Your comment for the auditor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="68" />
            <source>Save to my library of comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="71" />
            <source>Saved comments (double-click to use)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="73" />
            <source>Remove from library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="133" />
            <source>Override the points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="138" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="140" />
            <source>Earned now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="143" />
            <source>New points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="145" />
            <source>Why (required; shown in the audit trail and the report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="147" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="152" />
            <source>Override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="88" />
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="67" />
            <source>Add comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="142" />
            <source>0 to {p}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/dialogs.py" line="140" />
            <source>{e} of {p} points</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="47" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="118" />
            <source>%n photo(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="51" />
            <source>%n flagged</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="74" />
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="138" />
            <source>annotated copy (the original is kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="49" />
            <source>rule: {lo} to {hi}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" line="69" />
            <source>photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="63" />
            <source>Nothing waiting for review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="82" />
            <source>Any evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="83" />
            <source>⚑ With flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="84" />
            <source>✓ Without flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="104" />
            <source>All auditors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="105" />
            <source>All forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="128" />
            <source>{shown} of {total} waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/queue.py" line="104" />
            <source>(nobody)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="190" />
            <source>Comments on the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="197" />
            <source>Comment on the visit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="201" />
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="212" />
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="224" />
            <source>Return to auditor…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="226" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="229" />
            <source>Approve and sign report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="230" />
            <source>Approve, then write the signed PDF report in one step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="232" />
            <source>Publish for the client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="331" />
            <source>Waiting for your review: comment, override points with a reason, then return or approve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="334" />
            <source>Returned to the auditor: waiting for them to fix it and submit again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="335" />
            <source>Approved. Publish it to make the report visible to the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="336" />
            <source>Published for the client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="337" />
            <source>A draft: the auditor has not submitted it yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="433" />
            <source>A comment on the whole visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="458" />
            <source>Return to the auditor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="459" />
            <source>Say what the auditor should fix. They see this comment on their visit, beside any comments you left on single questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="464" />
            <source>Return the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="270" />
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="41" />
            <source>no score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="280" />
            <source>None yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="312" />
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="313" />
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="320" />
            <source>Signed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="342" />
            <source>Every action is written to the audit trail with your name and the time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="423" />
            <source>The visit was not published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="71" />
            <source>Review: {client} — {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="294" />
            <source>Send the client the signed report, in the portal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="296" />
            <source>Sign the report and send it to the client, in the portal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="318" />
            <source>Time on visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="410" />
            <source>Publishing sends the client the visit's signed report. Choose the firm's certificate in Report settings, then publish: the report is signed as it goes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="435" />
            <source>A comment on: {q}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="317" />
            <source>{h} h {m:02d} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="318" />
            <source>{m} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/review/review_window.py" line="119" />
            <source>auditor {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="52" />
            <source>&amp;Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="143" />
            <source>Signed out. Your work stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="56" />
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="87" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="59" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="69" />
            <source>Sign in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="57" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="56" />
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="58" />
            <source>Refused changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="59" />
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="127" />
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="87" />
            <source>Sign in again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="121" />
            <source>Sign out of {server}?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="123" />
            <source>%n change(s) have not been sent yet: they stay on this computer and go after you sign in again.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="132" />
            <source>Signing out when the sync under way ends…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="155" />
            <source>The server did not take %n change(s): see Refused changes.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/__init__.py" line="113" />
            <source>Signed in to {server} as {user} ({role}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="115" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="264" />
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="115" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="264" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="129" />
            <source>Changes the server did not take</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="148" />
            <source>Nothing refused.

Every change made on this computer reached the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="164" />
            <source>Show the ones already settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="197" />
            <source>The two versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="215" />
            <source>What you can do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="224" />
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="226" />
            <source>Open the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="228" />
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="293" />
            <source>Keep the server's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="230" />
            <source>Use mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="202" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="202" />
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="202" />
            <source>On the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="265" />
            <source>Not tied to a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="293" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="269" />
            <source>The server said:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/refusals.py" line="270" />
            <source>at {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="68" />
            <source>Something went wrong while signing in; the details are in the log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="60" />
            <source>This version of Mystery Shop is too old for the server. Install the update, then sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="44" />
            <source>Enter the address of your firm's sync server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="64" />
            <source>Wrong user name or password, or the account is disabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="79" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="132" />
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="180" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="86" />
            <source>Sign in to your firm's sync server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="89" />
            <source>Your visits stay on this computer and work offline; signing in sends them to your firm and brings the visits assigned to you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="106" />
            <source>as given by your supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="109" />
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="110" />
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="111" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="56" />
            <source>Cannot reach the server at {server}. Check the address and that this computer is online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="67" />
            <source>The server refused the sign-in: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="161" />
            <source>Enter your user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="180" />
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/sign_in.py" line="49" />
            <source>“{text}” is not a web address such as https://sync.example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="28" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="32" />
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="34" />
            <source>%n minute(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="36" />
            <source>%n hour(s) ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="45" />
            <source>%Ln visit(s) waiting</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="47" />
            <source>%Ln change(s) waiting</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="40" />
            <source>on {date}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="136" />
            <source>%Ln change(s) refused</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="39" />
            <source>yesterday at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="58" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="157" />
            <source>Signed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="58" />
            <source>Not signed in · this computer only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="61" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="66" />
            <location filename="../../mystery_shop/ui/sync/status.py" line="76" />
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="141" />
            <source>Clock %n min off</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="157" />
            <source>Signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="161" />
            <source>Not signed in: everything stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" line="165" />
            <source>%Ln change(s) waiting to be sent</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="65" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="68" />
            <source>Sign-in expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="143" />
            <source>This computer's clock is %n minute(s) {way} the server's. Times on visits come from this clock: set it right in the system settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="158" />
            <source>{signed} to {server} as {user} ({role})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="163" />
            <source>Last synced: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="168" />
            <source>Last problem: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="64" />
            <source>last synced {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="147" />
            <source>ahead of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="147" />
            <source>behind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="73" />
            <source>Update the app to keep syncing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="78" />
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="75" />
            <source>Sync failed: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/sync/status.py" line="80" />
            <source>Synced {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="35" />
            <source>Finish the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="59" />
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="70" />
            <source>Sign and submit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="72" />
            <source>Keep working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="60" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="93" />
            <source>Everything required is answered. Sign and submit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="115" />
            <source>Sign in the box first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="52" />
            <source>Signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" line="97" />
            <source>Still missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="65" />
            <source>Add photos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="67" />
            <source>Undo delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="70" />
            <source>Take photo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="71" />
            <source>Take a photo with this computer's camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="94" />
            <source>Drop photos or a folder here, or paste (Ctrl+V). Double-click a photo to view it; right-click for caption, annotation and delete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="149" />
            <source>Add photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="149" />
            <source>Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="236" />
            <source>View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="268" />
            <source>What the photo shows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="214" />
            <source>Some files were not added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="118" />
            <source>at least {min}, at most {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="239" />
            <source>Caption…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/photo_strip.py" line="215" />
            <source>The other photos were added. These were not:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="63" />
            <source>N/A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="64" />
            <source>Not applicable on this visit (A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="71" />
            <source>Comment for the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/question_card.py" line="99" />
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="135" />
            <source>◀ Previous touchpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="137" />
            <source>Next touchpoint ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="139" />
            <source>Every answer is saved as you give it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="141" />
            <source>Finish…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="283" />
            <source>answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="292" />
            <source>no score yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="316" />
            <source>See the comments beside the questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="300" />
            <source>{done} of {total} required answered</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="167" />
            <source>at least %n photo(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="317" />
            <source>Returned by your supervisor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/visit/visit_window.py" line="322" />
            <source>This visit is {status}: it can no longer be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="263" />
            <source>not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="290" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="113" />
            <source>Very unhappy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <source>Unhappy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <source>Neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <source>Happy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="123" />
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="113" />
            <source>Very happy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="192" />
            <source>a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="192" />
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="114" />
            <source>Strongly disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="114" />
            <source>Strongly agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="115" />
            <source>Not at all likely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/answer_inputs.py" line="115" />
            <source>Extremely likely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" line="23" />
            <source>Signature pad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/signature_pad.py" line="107" />
            <source>Sign here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="57" />
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="96" />
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="105" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="59" />
            <source>Start or stop the stopwatch (Ctrl+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="61" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="64" />
            <source>or type m:ss / seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="86" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/ui/widgets/stopwatch.py" line="121" />
            <source>Type seconds (95) or minutes:seconds (1:35)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/domain/periods.py" line="0" />
            <source>Last 3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/domain/periods.py" line="0" />
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/domain/periods.py" line="0" />
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../mystery_shop/domain/periods.py" line="0" />
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
