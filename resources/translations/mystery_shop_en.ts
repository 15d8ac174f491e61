<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>mystery-shop</name>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/choices.py" />
            <source>Known: {names} and %n more.</source>
            <translation>
                <numerusform>Known: {names} and %n more.</numerusform>
                <numerusform>Known: {names} and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <location filename="../../mystery_shop/ui/models/review_queue.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
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
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/evidence.py" />
            <source>the same photo is used in %n other visit(s)</source>
            <translation>
                <numerusform>the same photo is used in %n other visit</numerusform>
                <numerusform>the same photo is used in %n other visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/domain/readiness.py" />
            <source>{touchpoint}: {have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{touchpoint}: {have} of at least %n photo</numerusform>
                <numerusform>{touchpoint}: {have} of at least %n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visit</numerusform>
                <numerusform>%n visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>%n location(s)</source>
            <translation>
                <numerusform>%n location</numerusform>
                <numerusform>%n locations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/period_report.py" />
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/reports/signing.py" />
            <source>the signature box is on page {page}, but the PDF has %n page(s)</source>
            <translation>
                <numerusform>the signature box is on page {page}, but the PDF has %n page</numerusform>
                <numerusform>the signature box is on page {page}, but the PDF has %n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Too many checks: try again in %n second(s).</source>
            <translation>
                <numerusform>Too many checks: try again in %n second.</numerusform>
                <numerusform>Too many checks: try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/check_pages.py" />
            <source>Too many checks: try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many checks: try again in %n minute.</numerusform>
                <numerusform>Too many checks: try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln visit(s)</source>
            <translation>
                <numerusform>%Ln visit</numerusform>
                <numerusform>%Ln visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>published, at %Ln location(s)</source>
            <translation>
                <numerusform>published, at %Ln location</numerusform>
                <numerusform>published, at %Ln locations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln answer(s) rating 4 or 5</source>
            <translation>
                <numerusform>%Ln answer rating 4 or 5</numerusform>
                <numerusform>%Ln answers rating 4 or 5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln answer(s), promoters − detractors</source>
            <translation>
                <numerusform>%Ln answer, promoters − detractors</numerusform>
                <numerusform>%Ln answers, promoters − detractors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>%Ln answer(s), mean of 1–7</source>
            <translation>
                <numerusform>%Ln answer, mean of 1–7</numerusform>
                <numerusform>%Ln answers, mean of 1–7</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>{what}: mean {mean} over %Ln visit(s)</source>
            <translation>
                <numerusform>{what}: mean {mean} over %Ln visit</numerusform>
                <numerusform>{what}: mean {mean} over %Ln visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/dashboard.py" />
            <source>failed in {hits} of %Ln visit(s)</source>
            <translation>
                <numerusform>failed in {hits} of %Ln visit</numerusform>
                <numerusform>failed in {hits} of %Ln visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/language.py" />
            <source>%Ln byte(s)</source>
            <translation>
                <numerusform>%Ln byte</numerusform>
                <numerusform>%Ln bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Too many failed sign-ins: try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many failed sign-ins: try again in %n minute.</numerusform>
                <numerusform>Too many failed sign-ins: try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>Too many failed sign-ins: try again in %n second(s).</source>
            <translation>
                <numerusform>Too many failed sign-ins: try again in %n second.</numerusform>
                <numerusform>Too many failed sign-ins: try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/sessions.py" />
            <source>A password needs at least %n character(s).</source>
            <translation>
                <numerusform>A password needs at least %n character.</numerusform>
                <numerusform>A password needs at least %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/services/form_designer.py" />
            <source>The form has %n problem(s) to fix before it can be saved.</source>
            <translation>
                <numerusform>The form has %n problem to fix before it can be saved.</numerusform>
                <numerusform>The form has %n problems to fix before it can be saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/services/workspace.py" />
            <source>A name is at most %n character(s).</source>
            <translation>
                <numerusform>A name is at most %n character.</numerusform>
                <numerusform>A name is at most %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/sync/account.py" />
            <source>this profile belongs to {user}, with %n change(s) waiting to be sent as theirs: sign in as them, or use another profile</source>
            <translation>
                <numerusform>this profile belongs to {user}, with %n change waiting to be sent as theirs: sign in as them, or use another profile</numerusform>
                <numerusform>this profile belongs to {user}, with %n changes waiting to be sent as theirs: sign in as them, or use another profile</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%Ln approved or published visit(s)</source>
            <translation>
                <numerusform>%Ln approved or published visit</numerusform>
                <numerusform>%Ln approved or published visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s) rating 4 or 5</source>
            <translation>
                <numerusform>%n answer rating 4 or 5</numerusform>
                <numerusform>%n answers rating 4 or 5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s), promoters − detractors</source>
            <translation>
                <numerusform>%n answer, promoters − detractors</numerusform>
                <numerusform>%n answers, promoters − detractors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n answer(s), mean of 1–7</source>
            <translation>
                <numerusform>%n answer, mean of 1–7</numerusform>
                <numerusform>%n answers, mean of 1–7</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>%n scored visit(s) · {lo} to {hi}</source>
            <translation>
                <numerusform>%n scored visit · {lo} to {hi}</numerusform>
                <numerusform>%n scored visits · {lo} to {hi}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/dashboard.py" />
            <source>failed in {h} of %n visit(s)</source>
            <translation>
                <numerusform>failed in {h} of %n visit</numerusform>
                <numerusform>failed in {h} of %n visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dashboard/visit_list.py" />
            <source>{title}: %n visit(s). Double-click one to open it.</source>
            <translation>
                <numerusform>{title}: %n visit. Double-click it to open it.</numerusform>
                <numerusform>{title}: %n visits. Double-click one to open it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/designer/preview.py" />
            <source>%n required answer(s) missing</source>
            <translation>
                <numerusform>%n required answer missing</numerusform>
                <numerusform>%n required answers missing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/export.py" />
            <source>%n visit(s) written to {path}</source>
            <translation>
                <numerusform>%n visit written to {path}</numerusform>
                <numerusform>%n visits written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>, refused %n row(s):</source>
            <translation>
                <numerusform>, refused %n row:</numerusform>
                <numerusform>, refused %n rows:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/dialogs/plan_csv.py" />
            <source>{file}: planned %n visit(s)</source>
            <translation>
                <numerusform>{file}: planned %n visit</numerusform>
                <numerusform>{file}: planned %n visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/main_window.py" />
            <source>%Ln visit(s) · {shown} shown</source>
            <translation>
                <numerusform>%Ln visit · {shown} shown</numerusform>
                <numerusform>%Ln visits · {shown} shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/models/heat_map.py" />
            <source>{section} at {location}: mean {score} over %n visit(s); click for the visits</source>
            <translation>
                <numerusform>{section} at {location}: mean {score} over %n visit; click for the visit</numerusform>
                <numerusform>{section} at {location}: mean {score} over %n visits; click for the visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/profile_backup.py" />
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>Cancelled: {n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>Cancelled: {n} of %n report written to {folder}.</numerusform>
                <numerusform>Cancelled: {n} of %n reports written to {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/reports/export.py" />
            <source>{n} of %n report(s) written to {folder}.</source>
            <translation>
                <numerusform>{n} of %n report written to {folder}.</numerusform>
                <numerusform>{n} of %n reports written to {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/photo_gallery.py" />
            <source>%n flagged</source>
            <translation>
                <numerusform>%n flagged</numerusform>
                <numerusform>%n flagged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/review/review_window.py" />
            <source>%n comment of this review stays with the firm (approving does not send it):</source>
            <translation>
                <numerusform>%n comment of this review stays with the firm (approving does not send it):</numerusform>
                <numerusform>%n comments of this review stay with the firm (approving does not send them):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>%n change(s) have not been sent yet: they stay on this computer and go after you sign in again.</source>
            <translation>
                <numerusform>%n change has not been sent yet: it stays on this computer and goes after you sign in again.</numerusform>
                <numerusform>%n changes have not been sent yet: they stay on this computer and go after you sign in again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/__init__.py" />
            <source>The server did not take %n change(s): see Refused changes.</source>
            <translation>
                <numerusform>The server did not take %n change: see Refused changes.</numerusform>
                <numerusform>The server did not take %n changes: see Refused changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln visit(s) waiting</source>
            <translation>
                <numerusform>%Ln visit waiting</numerusform>
                <numerusform>%Ln visits waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) waiting</source>
            <translation>
                <numerusform>%Ln change waiting</numerusform>
                <numerusform>%Ln changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) refused</source>
            <translation>
                <numerusform>%Ln change refused</numerusform>
                <numerusform>%Ln changes refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>Clock %n min off</source>
            <translation>
                <numerusform>Clock %n min off</numerusform>
                <numerusform>Clock %n min off</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/sync/status.py" />
            <source>%Ln change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln change waiting to be sent</numerusform>
                <numerusform>%Ln changes waiting to be sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/finish_dialog.py" />
            <source>{have} of at least %n photo(s)</source>
            <translation>
                <numerusform>{have} of at least %n photo</numerusform>
                <numerusform>{have} of at least %n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/ui/visit/visit_window.py" />
            <source>at least %n photo(s)</source>
            <translation>
                <numerusform>at least %n photo</numerusform>
                <numerusform>at least %n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/account.html" />
            <source>(at least %(num)s characters)</source>
            <translation>
                <numerusform>(at least %(num)s character)</numerusform>
                <numerusform>(at least %(num)s characters)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/actions.html" />
            <source>%(num)s actions</source>
            <translation>
                <numerusform>%(num)s action</numerusform>
                <numerusform>%(num)s actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(num)s published visits</source>
            <translation>
                <numerusform>%(num)s published visit</numerusform>
                <numerusform>%(num)s published visits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/dashboard.html" />
            <source>%(num)s times</source>
            <translation>
                <numerusform>%(num)s time</numerusform>
                <numerusform>%(num)s times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../mystery_shop/server/portal/templates/reports.html" />
            <source>%(num)s reports</source>
            <translation>
                <numerusform>%(num)s report</numerusform>
                <numerusform>%(num)s reports</numerusform>
            </translation>
        </message>
    </context>
</TS>
