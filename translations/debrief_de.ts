<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DemoTrace</name>
    <message>
        <source>Tiresias 60 jobs on 32 nodes x 4 GPUs</source>
        <translation>Tiresias, 60 Jobs auf 32 Knoten x 4 GPUs</translation>
    </message>
    <message>
        <source>Alibaba openb pods (8,152 jobs) on 48 pooled GPUs</source>
        <translation>Alibaba-openb-Pods (8.152 Jobs) auf 48 GPUs im Pool</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 jobs/h</source>
        <translation>%1 Jobs/h</translation>
    </message>
</context>
<context>
    <name>debrief::interview::AnswerCoach</name>
    <message>
        <source>Quantified claim: %1</source>
        <translation>Beziffert: %1</translation>
    </message>
    <message>
        <source>KPI named: %1</source>
        <translation>KPI genannt: %1</translation>
    </message>
    <message>
        <source>Team or stakeholder named: %1</source>
        <translation>Team oder Stakeholder genannt: %1</translation>
    </message>
    <message>
        <source>Proposes a policy or roadmap item: %1</source>
        <translation>Schlägt eine Strategie oder einen Roadmap-Punkt vor: %1</translation>
    </message>
    <message>
        <source>Quantifies the claim</source>
        <translation>Beziffert die Aussage</translation>
    </message>
    <message>
        <source>No number with a unit: quantify the gain (%, $, ms, GPU-hours)</source>
        <translation>Keine Zahl mit Einheit: beziffern Sie den Gewinn (%, $, ms, GPU-Stunden)</translation>
    </message>
    <message>
        <source>Ties it to a KPI</source>
        <translation>Verknüpft es mit einer KPI</translation>
    </message>
    <message>
        <source>No KPI named: say which metric moves</source>
        <translation>Keine KPI genannt: sagen Sie, welche Kennzahl sich bewegt</translation>
    </message>
    <message>
        <source>Names the teams involved</source>
        <translation>Nennt die beteiligten Teams</translation>
    </message>
    <message>
        <source>No team or stakeholder named</source>
        <translation>Kein Team oder Stakeholder genannt</translation>
    </message>
    <message>
        <source>Proposes a policy or roadmap item</source>
        <translation>Schlägt eine Strategie oder einen Roadmap-Punkt vor</translation>
    </message>
    <message>
        <source>No proposal: say what you would change</source>
        <translation>Kein Vorschlag: sagen Sie, was Sie ändern würden</translation>
    </message>
    <message>
        <source>None of the catalogue&apos;s mistakes</source>
        <translation>Keiner der Fehler aus dem Katalog</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Catalogue mistake: %1. Better: %2</source>
        <translation>Katalogfehler: %1. Besser: %2</translation>
    </message>
    <message>
        <source>%1 caps the score at %2/100</source>
        <translation>%1 begrenzt die Wertung auf %2/100</translation>
    </message>
    <message>
        <source>Catalogue mistake: %1</source>
        <translation>Katalogfehler: %1</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 words, so the score is capped at %3/100</source>
        <translation>Zu kurz: %1 von mindestens %2 Wörtern, daher ist die Wertung auf %3/100 begrenzt</translation>
    </message>
    <message>
        <source>The coach reads English answers only (interviews are held in English), so this answer gets no score.</source>
        <translation>Der Coach liest nur englische Antworten (die Interviews werden auf Englisch geführt), daher erhält diese Antwort keine Bewertung.</translation>
    </message>
</context>
<context>
    <name>debrief::interview::BudgetAllocation</name>
    <message>
        <source>Allocations sum to %1</source>
        <translation>Zuteilungen ergeben %1</translation>
    </message>
    <message>
        <source>Shares sum to %1 %</source>
        <translation>Anteile ergeben %1 %</translation>
    </message>
    <message>
        <source>%1: a share is negative</source>
        <translation>%1: ein Anteil ist negativ</translation>
    </message>
    <message>
        <source>%1: the whole budget</source>
        <translation>%1: das ganze Budget</translation>
    </message>
    <message>
        <source>%1: balanced</source>
        <translation>%1: ausgeglichen</translation>
    </message>
    <message>
        <source>%1: %2 over the budget</source>
        <translation>%1: %2 über dem Budget</translation>
    </message>
    <message>
        <source>%1: %2 % over</source>
        <translation>%1: %2 % zu viel</translation>
    </message>
    <message>
        <source>%1: %2 left to allocate</source>
        <translation>%1: %2 noch zuzuteilen</translation>
    </message>
    <message>
        <source>%1: %2 % left to allocate</source>
        <translation>%1: %2 % noch zuzuteilen</translation>
    </message>
</context>
<context>
    <name>debrief::interview::Committee</name>
    <message>
        <source>%1 gave %2 %3, %4 gave %5 (%6 points apart).</source>
        <translation>%1 gab %2 %3, %4 gab %5 (%6 Punkte auseinander).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Metric Translation</source>
        <translation>Metrikübersetzung</translation>
    </message>
    <message>
        <source>Roadmap Alignment</source>
        <translation>Roadmap-Abstimmung</translation>
    </message>
    <message>
        <source>Strategic Fit</source>
        <translation>Strategische Passung</translation>
    </message>
    <message>
        <source>%1 gave Metric Translation 0: a veto, Strong No whatever else scored.</source>
        <translation>%1 gab Metrikübersetzung 0: ein Veto, Klares Nein, egal wie der Rest bewertet wurde.</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>Frage %1 (%2)</translation>
    </message>
    <message>
        <source>Depth, question %1</source>
        <translation>Tiefe, Frage %1</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Vision, question %1</source>
        <translation>Vision, Frage %1</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
</context>
<context>
    <name>debrief::interview::ContentLibrary</name>
    <message>
        <source>kind `%1` cannot be added by a user (only `questions` and `scenarios`)</source>
        <translation>Art `%1` kann nicht von Nutzern hinzugefügt werden (nur `questions` und `scenarios`)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1 %2 is not a whole number</source>
        <translation>%1 %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3-%4</source>
        <translation>%1 %2 liegt außerhalb von %3-%4</translation>
    </message>
    <message>
        <source>expected exactly %1 %2, found %3</source>
        <translation>genau %1 %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>expected at least %1 %2, found %3</source>
        <translation>mindestens %1 %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>expected at most %1 %2, found %3</source>
        <translation>höchstens %1 %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <source>id `%1` is not lower-case kebab-case</source>
        <translation>ID `%1` ist nicht in Kleinbuchstaben mit Bindestrichen (kebab-case)</translation>
    </message>
    <message>
        <source>duplicate id `%1`</source>
        <translation>doppelte ID `%1`</translation>
    </message>
    <message>
        <source>%1 `%2` is unknown</source>
        <translation>%1 `%2` ist unbekannt</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected kind `%1`, found `%2`</source>
        <translation>Art `%1` erwartet, `%2` gefunden</translation>
    </message>
    <message>
        <source>version %1 is not supported (expected 1)</source>
        <translation>Version %1 wird nicht unterstützt (erwartet: 1)</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>expected level %1, found %2</source>
        <translation>Stufe %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>expected score %1, found %2</source>
        <translation>Bewertung %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>evidence `%1` is unknown</source>
        <translation>Beleg `%1` ist unbekannt</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>verdict `%1` for vision %2: depth without vision is not a hire (expected `no` or `strong-no`)</source>
        <translation>Urteil `%1` für Vision %2: Tiefe ohne Vision ist keine Einstellung (erwartet `no` oder `strong-no`)</translation>
    </message>
    <message>
        <source>id `%1` is already used by a loaded question</source>
        <translation>ID `%1` wird bereits von einer geladenen Frage verwendet</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>fewer than %1 questions for round `%2`</source>
        <translation>weniger als %1 Fragen für Runde `%2`</translation>
    </message>
    <message>
        <source>id `%1` is already used by a loaded scenario</source>
        <translation>ID `%1` wird bereits von einem geladenen Szenario verwendet</translation>
    </message>
    <message>
        <source>budget %1 is not positive</source>
        <translation>Budget %1 ist nicht positiv</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>feature requests</source>
        <translation>Feature-Wünsche</translation>
    </message>
    <message>
        <source>cost %1 is negative</source>
        <translation>Kosten %1 sind negativ</translation>
    </message>
    <message>
        <source>patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>weights sum to %1, expected 100</source>
        <translation>Gewichte ergeben %1, erwartet 100</translation>
    </message>
    <message>
        <source>no item for round `%1`</source>
        <translation>kein Punkt für die Runde `%1`</translation>
    </message>
    <message>
        <source>unknown %1 id</source>
        <translation>unbekannte %1-ID</translation>
    </message>
    <message>
        <source>expected `%1`, found `%2`</source>
        <translation>`%1` erwartet, `%2` gefunden</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>mistake</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
</context>
<context>
    <name>debrief::interview::LoopPlanner</name>
    <message>
        <source>Motivation and one cross-team GPU project told with its impact</source>
        <translation>Motivation und ein teamübergreifendes GPU-Projekt mit seiner Wirkung</translation>
    </message>
    <message>
        <source>End-to-end job flow from scheduler to fabric, capacity planning and latency trade-offs</source>
        <translation>Durchgängiger Job-Ablauf vom Scheduler bis zur Fabric, Kapazitätsplanung und Latenz-Zielkonflikte</translation>
    </message>
    <message>
        <source>Turning metrics into priorities: KPIs, stakeholders and the Orchestration Impact Score</source>
        <translation>Kennzahlen in Prioritäten übersetzen: KPIs, Stakeholder und der Orchestration Impact Score</translation>
    </message>
    <message>
        <source>Metrics-to-roadmap translation: map feature requests to KPIs and allocate the budget</source>
        <translation>Metriken in die Roadmap übersetzen: Feature-Wünsche KPIs zuordnen und das Budget verteilen</translation>
    </message>
    <message>
        <source>Real role and scope, aligning teams, handling disagreement</source>
        <translation>Tatsächliche Rolle und Verantwortung, Teams abstimmen, mit Widerspruch umgehen</translation>
    </message>
</context>
<context>
    <name>debrief::interview::MetricTranslation</name>
    <message>
        <source>%1 GPU-hours a month at %2 is %3; a %4 cut saves %5</source>
        <translation>%1 GPU-Stunden im Monat zu %2 sind %3; eine Senkung um %4 spart %5</translation>
    </message>
</context>
<context>
    <name>debrief::interview::OrchestrationImpactScore</name>
    <message numerus="yes">
        <source>Orchestration Ready: %n month(s) of cross-team orchestration work (at least %1 needed)</source>
        <translation>
            <numerusform>Orchestration Ready: %n Monat teamübergreifende Orchestrierungsarbeit (mindestens %1 nötig)</numerusform>
            <numerusform>Orchestration Ready: %n Monate teamübergreifende Orchestrierungsarbeit (mindestens %1 nötig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not Orchestration Ready: %n month(s) of cross-team orchestration work, %1 needed</source>
        <translation>
            <numerusform>Nicht Orchestration Ready: %n Monat teamübergreifende Orchestrierungsarbeit, %1 nötig</numerusform>
            <numerusform>Nicht Orchestration Ready: %n Monate teamübergreifende Orchestrierungsarbeit, %1 nötig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::interview::QuantityFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>$%1 B</source>
        <translation>%1 Mrd. $</translation>
    </message>
    <message>
        <source>$%1 M</source>
        <translation>%1 Mio. $</translation>
    </message>
    <message>
        <source>$%1 k</source>
        <translation>%1 Tsd. $</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 Tsd.</translation>
    </message>
</context>
<context>
    <name>debrief::interview::Rubric</name>
    <message>
        <source>Strong No</source>
        <translation>Klares Nein</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Strong Yes</source>
        <translation>Klares Ja</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>PM</translation>
    </message>
    <message>
        <source>Product Design</source>
        <translation>Produktdesign</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>Beobachtbarkeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
</context>
<context>
    <name>debrief::interview::ScoringRules</name>
    <message>
        <source>Choose one of the four recommendations: there is no neutral one.</source>
        <translation>Wählen Sie eine der vier Empfehlungen: Eine neutrale gibt es nicht.</translation>
    </message>
    <message>
        <source>Level %1 is not on the Maturity Matrix: levels run from %2 to %3.</source>
        <translation>Stufe %1 gibt es in der Reifegradmatrix nicht: Die Stufen reichen von %2 bis %3.</translation>
    </message>
    <message>
        <source>The session is finished: its answers, clock and notes no longer change.</source>
        <translation>Die Sitzung ist beendet: Antworten, Uhr und Notizen ändern sich nicht mehr.</translation>
    </message>
    <message>
        <source>Your scores are submitted and locked. Reopen them to change a mark.</source>
        <translation>Ihre Bewertungen sind eingereicht und gesperrt. Öffnen Sie sie wieder, um eine Note zu ändern.</translation>
    </message>
    <message>
        <source>%1&apos;s scores are submitted and locked. Reopen them to change a mark.</source>
        <translation>Die Bewertungen von %1 sind eingereicht und gesperrt. Öffnen Sie sie wieder, um eine Note zu ändern.</translation>
    </message>
    <message>
        <source>These scores are already submitted.</source>
        <translation>Diese Bewertungen sind bereits eingereicht.</translation>
    </message>
    <message>
        <source>There is nothing to submit: no answer has both a Depth and a Vision from this scorer.</source>
        <translation>Nichts einzureichen: Keine Antwort hat von dieser Person sowohl Tiefe als auch Vision.</translation>
    </message>
    <message>
        <source>These scores are not submitted: there is nothing to reopen.</source>
        <translation>Diese Bewertungen sind nicht eingereicht: Es gibt nichts wieder zu öffnen.</translation>
    </message>
    <message>
        <source>%1 of %2 questions have no Depth or no Vision: %3</source>
        <translation>%1 von %2 Fragen haben keine Tiefe oder keine Vision: %3</translation>
    </message>
    <message>
        <source>%1 of %2 questions have no answer: %3</source>
        <translation>%1 von %2 Fragen haben keine Antwort: %3</translation>
    </message>
    <message>
        <source>A Vision above %1 needs an evidence item and a written justification before it is submitted: question %2. Complete them or lower the Vision.</source>
        <translation>Eine Vision über %1 braucht vor dem Einreichen einen Beleg und eine schriftliche Begründung: Frage %2. Ergänzen Sie beides oder senken Sie die Vision.</translation>
    </message>
    <message>
        <source>A design round score runs from 0 to %1: %2 is not one.</source>
        <translation>Eine Bewertung der Produktdesign-Runde reicht von 0 bis %1: %2 gehört nicht dazu.</translation>
    </message>
</context>
<context>
    <name>debrief::interview::VerdictGrid</name>
    <message>
        <source>Depth %1 x Vision %2 gives %3</source>
        <translation>Tiefe %1 x Vision %2 ergibt %3</translation>
    </message>
    <message>
        <source>Depth and Vision are not both scored</source>
        <translation>Tiefe und Vision sind nicht beide bewertet</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Frage %1: %2</translation>
    </message>
    <message>
        <source>No answer scored by %1 yet</source>
        <translation>Noch keine Antwort von %1 bewertet</translation>
    </message>
    <message>
        <source>Metric Translation is 0 in the product design round: Strong No whatever else scored</source>
        <translation>Metrikübersetzung ist 0 in der Produktdesign-Runde: Klares Nein, egal was sonst bewertet wurde</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>Over %n scored answer(s): mean Depth %1, mean Vision %2 (a mean halfway between two scores rounds down)</source>
        <translation>
            <numerusform>Über %n bewertete Antwort: mittlere Tiefe %1, mittlere Vision %2 (ein Mittel genau zwischen zwei Werten wird abgerundet)</numerusform>
            <numerusform>Über %n bewertete Antworten: mittlere Tiefe %1, mittlere Vision %2 (ein Mittel genau zwischen zwei Werten wird abgerundet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n scored answer(s): mean Depth %1, mean Vision %2</source>
        <translation>
            <numerusform>Über %n bewertete Antwort: mittlere Tiefe %1, mittlere Vision %2</numerusform>
            <numerusform>Über %n bewertete Antworten: mittlere Tiefe %1, mittlere Vision %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::interview::VisionCap</name>
    <message>
        <source>Vision %1 capped to %2: no evidence item ticked and no written justification</source>
        <translation>Vision %1 auf %2 begrenzt: kein Beleg angehakt und keine schriftliche Begründung</translation>
    </message>
    <message>
        <source>Vision %1 capped to %2: no evidence item ticked</source>
        <translation>Vision %1 auf %2 begrenzt: kein Beleg angehakt</translation>
    </message>
    <message>
        <source>Vision %1 capped to %2: no written justification</source>
        <translation>Vision %1 auf %2 begrenzt: keine schriftliche Begründung</translation>
    </message>
</context>
<context>
    <name>debrief::report::CandidateSummaryReport</name>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (no baseline: counts as no gain)</source>
        <translation>%1: %2 → %3 (kein Ausgangswert: zählt als kein Gewinn)</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4 worse: counts as no gain)</source>
        <translation>%1: %2 → %3 (%4 schlechter: zählt als kein Gewinn)</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4 better)</source>
        <translation>%1: %2 → %3 (%4 besser)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Solo project, %1: not cross-team work</source>
        <translation>Einzelprojekt, %1: keine teamübergreifende Arbeit</translation>
    </message>
    <message>
        <source>With %1 · %2</source>
        <translation>Mit %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Cross-team collaborations × measured gain in percent, summed over %n project(s).</source>
        <translation>
            <numerusform>Teamübergreifende Zusammenarbeiten × gemessener Gewinn in Prozent, summiert über %n Projekt.</numerusform>
            <numerusform>Teamübergreifende Zusammenarbeiten × gemessener Gewinn in Prozent, summiert über %n Projekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Noch nicht bereit</translation>
    </message>
    <message>
        <source>Projects with at least one other team count; their months add up.</source>
        <translation>Es zählen Projekte mit mindestens einem weiteren Team; ihre Monate werden addiert.</translation>
    </message>
    <message>
        <source>Orchestration Impact Score</source>
        <translation>Orchestration Impact Score</translation>
    </message>
    <message>
        <source>Orchestration Ready</source>
        <translation>Orchestration Ready</translation>
    </message>
    <message>
        <source>Impact map: project → KPI → roadmap item</source>
        <translation>Wirkungskarte: Projekt → KPI → Roadmap-Punkt</translation>
    </message>
    <message>
        <source>Candidate summary: %1</source>
        <translation>Kandidatenübersicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Project portfolio as of %1 · %n project(s)</source>
        <translation>
            <numerusform>Projektportfolio, Stand %1 · %n Projekt</numerusform>
            <numerusform>Projektportfolio, Stand %1 · %n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projekt ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) × %1</source>
        <translation>
            <numerusform>%n Team × %1</numerusform>
            <numerusform>%n Teams × %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: the portfolio could not be read: %2</source>
        <translation>%1 kann nicht geschrieben werden: das Portfolio konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>debrief::report::CommitteeReport</name>
    <message>
        <source>–</source>
        <comment>not scored</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 / %2 (entered %3)</source>
        <translation>%1 / %2 (eingegeben %3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>Veto</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>%1 (scored in this studio)</source>
        <translation>%1 (in diesem Studio bewertet)</translation>
    </message>
    <message>
        <source>%1 (imported from %2, %3)</source>
        <translation>%1 (importiert aus %2, %3)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <translation>#%1, %2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Scorers</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>No scorecards yet</source>
        <translation>Noch keine Bewertungsbögen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n split(s)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n veto(es)</source>
        <translation>
            <numerusform>%n Veto</numerusform>
            <numerusform>%n Vetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>No answers were scored in this session.</source>
        <translation>In dieser Sitzung wurden keine Antworten bewertet.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>%1
Depth / Vision</source>
        <translation>%1
Tiefe / Vision</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Auffälligkeit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Each scorer&apos;s Depth / Vision, each 1 to 4, Vision after the evidence cap (as entered in brackets when capped). Highlighted: the two scorers furthest apart where they differ by two points or more.</source>
        <translation>Tiefe / Vision jedes Bewerters, jeweils 1 bis 4, Vision nach der Belegobergrenze (bei Begrenzung der eingegebene Wert in Klammern). Hervorgehoben: die zwei am weitesten auseinanderliegenden Bewerter, wo sie um zwei Punkte oder mehr abweichen.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>No splits of two points or more and no vetoes: the scorers agree.</source>
        <translation>Keine Abweichungen von zwei Punkten oder mehr und kein Veto: die Bewerter sind sich einig.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was vorliegt</translation>
    </message>
    <message>
        <source>Each scorer&apos;s Vision score with the evidence ticked and the justification given, so the committee can check them.</source>
        <translation>Der Vision-Wert jedes Bewerters mit den angehakten Belegen und der Begründung, damit das Gremium sie prüfen kann.</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>Frage %1 (%2)</translation>
    </message>
    <message>
        <source>Scorer</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>%1 (entered %2, capped)</source>
        <translation>%1 (eingegeben %2, begrenzt)</translation>
    </message>
    <message>
        <source>No justification given</source>
        <translation>Keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Nobody scored this answer.</source>
        <translation>Niemand hat diese Antwort bewertet.</translation>
    </message>
    <message>
        <source>%1 (Depth %2, Vision %3)</source>
        <translation>%1 (Tiefe %2, Vision %3)</translation>
    </message>
    <message>
        <source>Verdict grid</source>
        <translation>Urteilsraster</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No session-level marks were given.</source>
        <translation>Es wurden keine Wertungen auf Sitzungsebene vergeben.</translation>
    </message>
    <message>
        <source>Not decided yet: the committee has not recorded its decision.</source>
        <translation>Noch nicht entschieden: das Gremium hat seine Entscheidung noch nicht festgehalten.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Sitzungsübersicht</translation>
    </message>
    <message>
        <source>Marks per answer</source>
        <translation>Wertungen je Antwort</translation>
    </message>
    <message>
        <source>Depth × Vision: every scorer&apos;s answers</source>
        <translation>Tiefe × Vision: die Antworten aller Bewerter</translation>
    </message>
    <message>
        <source>Vision justifications</source>
        <translation>Vision-Begründungen</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>Session-level marks</source>
        <translation>Wertungen auf Sitzungsebene</translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation>Entscheidung des Gremiums</translation>
    </message>
    <message>
        <source>Committee debrief: %1</source>
        <translation>Gremiums-Debrief: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n scorer(s)</source>
        <translation>
            <numerusform>%1 · %n Bewerter</numerusform>
            <numerusform>%1 · %n Bewerter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n draft score(s) left out</source>
        <translation>
            <numerusform>; %n Entwurfsbewertung nicht berücksichtigt</numerusform>
            <numerusform>; %n Entwurfsbewertungen nicht berücksichtigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::report::DepthVisionGridPainter</name>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Vision capped: evidence missing</source>
        <translation>Vision begrenzt: Belege fehlen</translation>
    </message>
</context>
<context>
    <name>debrief::report::ImpactMapPainter</name>
    <message>
        <source>No roadmap item yet</source>
        <translation>Noch kein Roadmap-Punkt</translation>
    </message>
    <message numerus="yes">
        <source>%n more project(s) with lower scores not shown here (%1 together); the total includes them.</source>
        <translation>
            <numerusform>%n weiteres Projekt mit niedrigerer Wertung hier nicht gezeigt (zusammen %1); die Summe enthält es.</numerusform>
            <numerusform>%n weitere Projekte mit niedrigeren Wertungen hier nicht gezeigt (zusammen %1); die Summe enthält sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No projects in the portfolio yet. Add cross-team projects with a measured before and after to map them to KPIs and the roadmap.</source>
        <translation>Noch keine Projekte im Portfolio. Teamübergreifende Projekte mit gemessenem Vorher und Nachher hinzufügen, um sie KPIs und der Roadmap zuzuordnen.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Product KPI</source>
        <translation>Produkt-KPI</translation>
    </message>
    <message>
        <source>Roadmap item</source>
        <translation>Roadmap-Punkt</translation>
    </message>
    <message>
        <source>Impact score</source>
        <translation>Impact Score</translation>
    </message>
</context>
<context>
    <name>debrief::report::MaturityRadarPainter</name>
    <message>
        <source>Level %1: the bar</source>
        <translation>Stufe %1: die Messlatte</translation>
    </message>
</context>
<context>
    <name>debrief::report::ReportDocument</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Cannot write %1: a new page could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: Eine neue Seite konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished.</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: a file has that name.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: Eine Datei trägt diesen Namen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>debrief::report::ReportTerms</name>
    <message>
        <source>Solo practice</source>
        <translation>Einzelübung</translation>
    </message>
    <message>
        <source>Live mock interview</source>
        <translation>Live-Probeinterview</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>debrief::report::ScorecardReport</name>
    <message>
        <source>Self (the candidate)</source>
        <translation>Selbst (der Kandidat)</translation>
    </message>
    <message>
        <source>Live mock interview</source>
        <translation>Live-Probeinterview</translation>
    </message>
    <message>
        <source>Solo practice</source>
        <translation>Einzelübung</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Interrupted (resumable)</source>
        <translation>Unterbrochen (fortsetzbar)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Depth × Vision grid</source>
        <translation>Raster Tiefe × Vision</translation>
    </message>
    <message>
        <source>Maturity Matrix</source>
        <translation>Reifegradmatrix</translation>
    </message>
    <message>
        <source>Product design round</source>
        <translation>Produktdesign-Runde</translation>
    </message>
    <message>
        <source>Answers and coach findings</source>
        <translation>Antworten und Coach-Befunde</translation>
    </message>
    <message>
        <source>Interviewer notes</source>
        <translation>Notizen der Interviewer</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Sitzung %1.</translation>
    </message>
    <message>
        <source>Scorecard: %1, %2</source>
        <translation>Bewertungsbogen: %1, %2</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Export abgebrochen: %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Interview scorecard</source>
        <translation>Interview-Bewertungsbogen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Final recommendation</source>
        <translation>Abschließende Empfehlung</translation>
    </message>
    <message>
        <source>not given yet</source>
        <translation>noch nicht abgegeben</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>none written</source>
        <translation>keine geschrieben</translation>
    </message>
    <message>
        <source>Strategic Fit</source>
        <translation>Strategische Passung</translation>
    </message>
    <message>
        <source>Product design</source>
        <translation>Produktdesign</translation>
    </message>
    <message>
        <source>Metric Translation</source>
        <translation>Metrikübersetzung</translation>
    </message>
    <message>
        <source>0 / 4: a veto, the verdict is Strong No whatever else was scored</source>
        <translation>0 / 4: ein Veto, das Urteil ist „Klares Nein“, gleich wie der Rest bewertet wurde</translation>
    </message>
    <message>
        <source>Roadmap Alignment</source>
        <translation>Roadmap-Abstimmung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (vetoed)</source>
        <translation> (Veto)</translation>
    </message>
    <message>
        <source>No submitted scores yet: there is no verdict.</source>
        <translation>Noch keine abgegebenen Bewertungen: Es gibt kein Urteil.</translation>
    </message>
    <message>
        <source>Scores that were not submitted are left out of this scorecard: %1.</source>
        <translation>Nicht abgegebene Bewertungen fehlen in diesem Bewertungsbogen: %1.</translation>
    </message>
    <message>
        <source>Each mark is one interviewer&apos;s Depth and Vision tags on one answer, Vision after the evidence cap; each cell is tinted with the verdict it gives.</source>
        <translation>Jede Markierung ist die Tiefe- und Vision-Bewertung eines Interviewers für eine Antwort, Vision nach der Begrenzung durch Belege; jede Zelle ist in der Farbe des Urteils getönt, das sie ergibt.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 → %2 (capped)</source>
        <translation>%1 → %2 (begrenzt)</translation>
    </message>
    <message>
        <source>No questions were asked in this session.</source>
        <translation>In dieser Sitzung wurden keine Fragen gestellt.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Levels against the Level %1 bar</source>
        <translation>Stufen gegenüber der Messlatte Stufe %1</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Against the bar</source>
        <translation>Gegenüber der Messlatte</translation>
    </message>
    <message>
        <source>Self − interviewer</source>
        <translation>Selbst − Interviewer</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>self</source>
        <translation>selbst</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht eingestuft</translation>
    </message>
    <message numerus="yes">
        <source>%n below the bar (%1)</source>
        <translation>
            <numerusform>%n unter der Messlatte (%1)</numerusform>
            <numerusform>%n unter der Messlatte (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n above the bar (%1)</source>
        <translation>
            <numerusform>%n über der Messlatte (%1)</numerusform>
            <numerusform>%n über der Messlatte (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>at the bar (%1)</source>
        <translation>auf der Messlatte (%1)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Level %1: the bar</source>
        <translation>Stufe %1: die Messlatte</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Abstände</translation>
    </message>
    <message>
        <source>Self-assessment and interviewer levels cannot be compared: one of them is missing.</source>
        <translation>Selbsteinschätzung und Interviewer-Stufen lassen sich nicht vergleichen: Eine von beiden fehlt.</translation>
    </message>
    <message>
        <source>Mean gap %1 level(s) (self − interviewer), %2 on average either way.</source>
        <translation>Mittlerer Abstand %1 Stufe(n) (Selbst − Interviewer), im Betrag durchschnittlich %2.</translation>
    </message>
    <message>
        <source>Largest over-estimate: %1 (self %2, interviewer %3).</source>
        <translation>Größte Überschätzung: %1 (selbst %2, Interviewer %3).</translation>
    </message>
    <message>
        <source>Largest under-estimate: %1 (self %2, interviewer %3).</source>
        <translation>Größte Unterschätzung: %1 (selbst %2, Interviewer %3).</translation>
    </message>
    <message>
        <source>This session had no product design round.</source>
        <translation>Diese Sitzung hatte keine Produktdesign-Runde.</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Quarterly budget: %1</source>
        <translation>Quartalsbudget: %1</translation>
    </message>
    <message>
        <source>Scenario %1 is not in the loaded content; request ids are shown as stored.</source>
        <translation>Szenario %1 ist nicht im geladenen Inhalt; die Anfrage-IDs werden wie gespeichert gezeigt.</translation>
    </message>
    <message>
        <source>Budget allocation</source>
        <translation>Budgetaufteilung</translation>
    </message>
    <message>
        <source>No budget was allocated.</source>
        <translation>Es wurde kein Budget aufgeteilt.</translation>
    </message>
    <message>
        <source>KPIs and expected impact</source>
        <translation>KPIs und erwartete Wirkung</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Expected impact</source>
        <translation>Erwartete Wirkung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Metric translation</source>
        <translation>Metrikübersetzung</translation>
    </message>
    <message>
        <source>Expected gain × confidence</source>
        <translation>Erwarteter Gewinn × Zuversicht</translation>
    </message>
    <message>
        <source>Budget per point of gain</source>
        <translation>Budget je Prozentpunkt Gewinn</translation>
    </message>
    <message>
        <source>no expected gain</source>
        <translation>kein erwarteter Gewinn</translation>
    </message>
    <message>
        <source>Weighted roadmap score (expected impact × confidence × share): %1</source>
        <translation>Gewichtete Roadmap-Wertung (erwartete Wirkung × Zuversicht × Anteil): %1</translation>
    </message>
    <message>
        <source>Metric Translation score: %1</source>
        <translation>Wertung Metrikübersetzung: %1</translation>
    </message>
    <message>
        <source> (a veto: the verdict is Strong No)</source>
        <translation> (ein Veto: das Urteil ist „Klares Nein“)</translation>
    </message>
    <message>
        <source>Trace Lab evidence</source>
        <translation>Belege aus dem Trace-Labor</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>the candidate&apos;s own words (no saved Trace Lab analysis)</source>
        <translation>eigene Worte des Kandidaten (keine gespeicherte Trace-Labor-Analyse)</translation>
    </message>
    <message>
        <source>Trace Lab analysis &quot;%1&quot;: %2</source>
        <translation>Trace-Labor-Analyse „%1“: %2</translation>
    </message>
    <message>
        <source>Cluster cost a month: %1</source>
        <translation>Clusterkosten im Monat: %1</translation>
    </message>
    <message>
        <source>Q%1 · %2</source>
        <translation>F%1 · %2</translation>
    </message>
    <message>
        <source>No answer recorded.</source>
        <translation>Keine Antwort aufgezeichnet.</translation>
    </message>
    <message>
        <source>Coach score: %1 / 100</source>
        <translation>Coach-Wertung: %1 / 100</translation>
    </message>
    <message>
        <source>To improve: %1</source>
        <translation>Zu verbessern: %1</translation>
    </message>
    <message>
        <source>No notes were taken in this session.</source>
        <translation>In dieser Sitzung wurden keine Notizen gemacht.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Drills due</source>
        <translation>Fällige Übungen</translation>
    </message>
    <message>
        <source>No drills are due for %1.</source>
        <translation>Für %1 sind keine Übungen fällig.</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Weakest dimensions</source>
        <translation>Schwächste Dimensionen</translation>
    </message>
    <message>
        <source>No Maturity Matrix levels were given in this session.</source>
        <translation>In dieser Sitzung wurden keine Stufen der Reifegradmatrix vergeben.</translation>
    </message>
    <message>
        <source>%1: level %2 (interviewer)</source>
        <translation>%1: Stufe %2 (Interviewer)</translation>
    </message>
    <message>
        <source>%1: level %2 (self)</source>
        <translation>%1: Stufe %2 (selbst)</translation>
    </message>
    <message>
        <source>Next: level %1, %2: %3</source>
        <translation>Als Nächstes: Stufe %1, %2: %3</translation>
    </message>
    <message>
        <source>Below the Level %1 bar: drill it before the next mock.</source>
        <translation>Unter der Messlatte Stufe %1: vor dem nächsten Probeinterview üben.</translation>
    </message>
</context>
<context>
    <name>debrief::storage</name>
    <message>
        <source>there is no saved analysis %1</source>
        <translation>es gibt keine gespeicherte Analyse %1</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Debrief Studio database (%2)</source>
        <translation>%1 ist keine Debrief-Studio-Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Debrief Studio (%2)</source>
        <translation>%1 wurde von einem neueren Debrief Studio geschrieben (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2)</source>
        <translation>%1 lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <source>there is no drill card %1</source>
        <translation>es gibt keine Übungskarte %1</translation>
    </message>
    <message>
        <source>there is no portfolio project %1</source>
        <translation>es gibt kein Portfolio-Projekt %1</translation>
    </message>
    <message>
        <source>migrating the schema from version %1 to %2 failed: %3</source>
        <translation>Migration des Schemas von Version %1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>there is no session %1</source>
        <translation>es gibt keine Sitzung %1</translation>
    </message>
    <message>
        <source>session %1 has no question %2</source>
        <translation>Sitzung %1 hat keine Frage %2</translation>
    </message>
    <message>
        <source>session %1 has no product design round</source>
        <translation>Sitzung %1 hat keine Produktdesign-Runde</translation>
    </message>
    <message>
        <source>cannot prepare `%1`: %2</source>
        <translation>`%1` kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>`%1` failed: %2</source>
        <translation>`%1` fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>a checklist item needs an id</source>
        <translation>ein Checklistenpunkt braucht eine ID</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>debrief::storage::CommitteeStore</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a stored committee scorecard of session %1 cannot be read: %2</source>
        <translation>ein gespeicherter Gremiums-Bewertungsbogen der Sitzung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>session %1 has no committee scorecard by %2</source>
        <translation>Sitzung %1 hat keinen Gremiums-Bewertungsbogen von %2</translation>
    </message>
    <message>
        <source>a committee decision needs one of Strong No, No, Yes, Strong Yes</source>
        <translation>eine Gremiumsentscheidung braucht eines von Klares Nein, Nein, Ja, Klares Ja</translation>
    </message>
    <message>
        <source>a committee decision needs a reason</source>
        <translation>eine Gremiumsentscheidung braucht eine Begründung</translation>
    </message>
    <message>
        <source>the scorecard is about %1, session %2 about %3</source>
        <translation>der Bewertungsbogen betrifft %1, Sitzung %2 betrifft %3</translation>
    </message>
    <message>
        <source>the scorecard&apos;s session is `%1`, session %2 is `%3`</source>
        <translation>die Sitzung des Bewertungsbogens ist `%1`, Sitzung %2 ist `%3`</translation>
    </message>
    <message>
        <source>the scorecard&apos;s session started %1, session %2 started %3: the interviewers must score the session exported from this studio (debrief-cli scorecard export %2 --interviewer NAME --out FILE.json) and send that file back</source>
        <translation>die Sitzung des Bewertungsbogens begann %1, Sitzung %2 begann %3: die Interviewer müssen die aus diesem Studio exportierte Sitzung bewerten (debrief-cli scorecard export %2 --interviewer NAME --out FILE.json) und genau diese Datei zurückschicken</translation>
    </message>
</context>
<context>
    <name>debrief::storage::Database</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation>kein SQLite-Header</translation>
    </message>
    <message>
        <source>schema version %1; this version reads up to %2</source>
        <translation>Schemaversion %1; diese Version liest bis %2</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>%1: SQLite keeps the journal mode `%2` instead of WAL</source>
        <translation>%1: SQLite behält den Journalmodus `%2` statt WAL</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2; nothing was changed</source>
        <translation>%1 kann nicht nach %2 kopiert werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot replace %1 (its copy is %2)</source>
        <translation>%1 kann nicht ersetzt werden (die Kopie ist %2)</translation>
    </message>
    <message>
        <source>cannot copy it to %1 to roll back its journal</source>
        <translation>sie kann nicht nach %1 kopiert werden, um ihr Journal zurückzurollen</translation>
    </message>
    <message>
        <source>the header names no valid page size</source>
        <translation>der Dateikopf nennt keine gültige Seitengröße</translation>
    </message>
    <message>
        <source>the file is %1 bytes, not a whole number of its %2-byte pages: it was cut short</source>
        <translation>die Datei hat %1 Bytes, keine ganze Zahl ihrer %2-Byte-Seiten: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <source>the file holds %1 pages but its header counts %2: it was cut short</source>
        <translation>die Datei enthält %1 Seiten, ihr Dateikopf zählt aber %2: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <source>the file is read-only; make it writable (for example `chmod u+w`), or copy it to a writable place and open the copy with --db</source>
        <translation>die Datei ist schreibgeschützt; machen Sie sie beschreibbar (zum Beispiel mit `chmod u+w`) oder kopieren Sie sie an einen beschreibbaren Ort und öffnen Sie die Kopie mit --db</translation>
    </message>
    <message>
        <source>its folder %1 is read-only, and SQLite keeps its -wal and -shm files beside the database; make the folder writable, or copy the file to a writable folder and open the copy with --db</source>
        <translation>ihr Ordner %1 ist schreibgeschützt, und SQLite legt seine -wal- und -shm-Dateien neben die Datenbank; machen Sie den Ordner beschreibbar oder kopieren Sie die Datei in einen beschreibbaren Ordner und öffnen Sie die Kopie mit --db</translation>
    </message>
</context>
<context>
    <name>debrief::storage::ScorecardExchange</name>
    <message>
        <source>session %1 has no scorecard by %2 (interviewers: %3)</source>
        <translation>Sitzung %1 hat keine Bewertung von %2 (Interviewer: %3)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>Ganzzahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 is out of range (%2-%3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2-%3)</translation>
    </message>
    <message>
        <source>unknown %1 `%2`</source>
        <translation>unbekannte(r) %1 `%2`</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unknown dimension `%1`</source>
        <translation>unbekannte Dimension `%1`</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>unknown version %1 (this build reads version %2)</source>
        <translation>unbekannte Version %1 (dieser Build liest Version %2)</translation>
    </message>
    <message>
        <source>`%1` is not an ISO 8601 date-time</source>
        <translation>`%1` ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>round `%1` is not one of the session&apos;s rounds</source>
        <translation>Runde `%1` gehört nicht zu den Runden der Sitzung</translation>
    </message>
    <message>
        <source>evidence id</source>
        <translation>Beleg-ID</translation>
    </message>
    <message>
        <source>expected a boolean, found %1</source>
        <translation>Wahrheitswert erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing justification: Vision %1 needs at least one evidence item</source>
        <translation>fehlende Begründung: Vision %1 braucht mindestens einen Beleg</translation>
    </message>
    <message>
        <source>missing justification: Vision %1 needs a written reason</source>
        <translation>fehlende Begründung: Vision %1 braucht eine schriftliche Begründung</translation>
    </message>
    <message>
        <source>a second score for `%1` in round `%2`</source>
        <translation>eine zweite Bewertung für `%1` in Runde `%2`</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>`%1` has no time zone: end it with &quot;Z&quot; (UTC) or an offset such as &quot;+01:00&quot;</source>
        <translation>`%1` hat keine Zeitzone: mit &quot;Z&quot; (UTC) oder einem Versatz wie &quot;+01:00&quot; abschließen</translation>
    </message>
    <message>
        <source>not a Debrief Studio %1 (expected &quot;%2&quot;)</source>
        <translation>keine Debrief-Studio-%1 (erwartet: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>scorecard</source>
        <translation>Bewertungsbogen-Datei</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>Sitzungsdatei</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 allowed</source>
        <translation>%1 Zeichen, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>control character U+%1 at character %2</source>
        <translation>Steuerzeichen U+%1 an Zeichen %2</translation>
    </message>
    <message>
        <source>%1 items, more than the %2 allowed</source>
        <translation>%1 Einträge, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 allowed</source>
        <translation>%1 Bytes, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>unknown question `%1`: not in this studio&apos;s question bank</source>
        <translation>unbekannte Frage `%1`: nicht im Fragenkatalog dieses Studios</translation>
    </message>
    <message>
        <source>unknown scenario `%1`: not in this studio&apos;s scenarios</source>
        <translation>unbekanntes Szenario `%1`: nicht unter den Szenarien dieses Studios</translation>
    </message>
</context>
<context>
    <name>debrief::storage::SessionStore</name>
    <message>
        <source>session %1 has no note %2</source>
        <translation>Sitzung %1 hat keine Notiz %2</translation>
    </message>
</context>
<context>
    <name>debrief::studio::Accessibility</name>
    <message>
        <source>Answers placed: %1</source>
        <translation>Platzierte Antworten: %1</translation>
    </message>
    <message>
        <source>Depth %1, Vision %2 selected: %3</source>
        <translation>Tiefe %1, Vision %2 ausgewählt: %3</translation>
    </message>
    <message>
        <source>%1 by %2, capped by evidence</source>
        <translation>%1 von %2, durch Belege gedeckelt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Depth %1, Vision %2</source>
        <translation>Tiefe %1, Vision %2</translation>
    </message>
    <message>
        <source>Vision %1</source>
        <translation>Vision %1</translation>
    </message>
    <message>
        <source>Depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>Maturity Matrix</source>
        <translation>Reifegradmatrix</translation>
    </message>
    <message>
        <source>%1: self level %2, interviewer level %3</source>
        <translation>%1: selbst Stufe %2, Interviewer Stufe %3</translation>
    </message>
    <message>
        <source>%1: self level %2</source>
        <translation>%1: selbst Stufe %2</translation>
    </message>
    <message>
        <source>%1: interviewer level %2</source>
        <translation>%1: Interviewer Stufe %2</translation>
    </message>
    <message>
        <source>No level placed</source>
        <translation>Keine Stufe gesetzt</translation>
    </message>
    <message>
        <source>Selected by self and interviewer</source>
        <translation>Gewählt von Selbst und Interviewer</translation>
    </message>
    <message>
        <source>Selected by self</source>
        <translation>Gewählt von Selbst</translation>
    </message>
    <message>
        <source>Selected by the interviewer</source>
        <translation>Gewählt vom Interviewer</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>keine Punkte</translation>
    </message>
    <message>
        <source>last %1 at %2, lowest %3, highest %4</source>
        <translation>zuletzt %1 bei %2, niedrigster %3, höchster %4</translation>
    </message>
    <message>
        <source>cost %1, impact %2</source>
        <translation>Kosten %1, Wirkung %2</translation>
    </message>
    <message>
        <source>%1, on the Pareto frontier</source>
        <translation>%1, auf der Pareto-Front</translation>
    </message>
    <message>
        <source>Scenarios: %1, on the Pareto frontier: %2</source>
        <translation>Szenarien: %1, auf der Pareto-Front: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Radar chart</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>%1, day %2</source>
        <translation>%1, Tag %2</translation>
    </message>
    <message>
        <source>%1, day %2, %3 prepared</source>
        <translation>%1, Tag %2, %3 vorbereitet</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>%1 rounds, decision on %2</source>
        <translation>%1 Runden, Entscheidung am %2</translation>
    </message>
</context>
<context>
    <name>debrief::studio::AnalysesBucketModel</name>
    <message>
        <source>GPUs %1</source>
        <translation>GPUs %1</translation>
    </message>
    <message>
        <source>Run time &lt; 10 min</source>
        <translation>Laufzeit &lt; 10 min</translation>
    </message>
    <message>
        <source>Run time &lt; 1 h</source>
        <translation>Laufzeit &lt; 1 h</translation>
    </message>
    <message>
        <source>Run time &lt; 6 h</source>
        <translation>Laufzeit &lt; 6 h</translation>
    </message>
    <message>
        <source>Run time &lt; 1 day</source>
        <translation>Laufzeit &lt; 1 Tag</translation>
    </message>
    <message>
        <source>Run time ≥ 1 day</source>
        <translation>Laufzeit ≥ 1 Tag</translation>
    </message>
    <message>
        <source>No accepted job falls in this bucket</source>
        <translation>Kein angenommener Job fällt in diese Gruppe</translation>
    </message>
    <message>
        <source>Jobs grouped by the GPUs they ask for (0, 1, 2, 3-4, 5-8, 9-16, 17-64, &gt;64) and by run time (&lt; 10 min, &lt; 1 h, &lt; 6 h, &lt; 1 day, longer; upper bounds exclusive, so 600 s is &lt; 1 h)</source>
        <translation>Jobs gruppiert nach angeforderten GPUs (0, 1, 2, 3-4, 5-8, 9-16, 17-64, &gt;64) und nach Laufzeit (&lt; 10 min, &lt; 1 h, &lt; 6 h, &lt; 1 Tag, länger; Obergrenzen ausschließlich, 600 s ist also &lt; 1 h)</translation>
    </message>
    <message>
        <source>Accepted jobs in the bucket (the same under every policy)</source>
        <translation>Angenommene Jobs in der Gruppe (unter jeder Strategie dieselben)</translation>
    </message>
    <message>
        <source>Queueing delay = first start - submit; nearest-rank percentile over the bucket&apos;s jobs</source>
        <translation>Wartezeit in der Warteschlange = erster Start - Einreichung; Perzentil nach nächstem Rang über die Jobs der Gruppe</translation>
    </message>
    <message>
        <source>Bounded slowdown = JCT / max(run time, 10 s); nearest-rank percentile over the bucket&apos;s jobs</source>
        <translation>Begrenzte Verlangsamung = JCT / max(Laufzeit, 10 s); Perzentil nach nächstem Rang über die Jobs der Gruppe</translation>
    </message>
    <message>
        <source>Jobs by</source>
        <translation>Jobs nach</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>%1
queueing p50</source>
        <translation>%1
Wartezeit p50</translation>
    </message>
    <message>
        <source>%1
queueing p95</source>
        <translation>%1
Wartezeit p95</translation>
    </message>
    <message>
        <source>%1
slowdown p50</source>
        <translation>%1
Verlangsamung p50</translation>
    </message>
    <message>
        <source>%1
slowdown p95</source>
        <translation>%1
Verlangsamung p95</translation>
    </message>
</context>
<context>
    <name>debrief::studio::AnalysesSummaryModel</name>
    <message>
        <source>The replayed policy</source>
        <translation>Die nachgespielte Strategie</translation>
    </message>
    <message>
        <source>Waiting time = (end - submit) - run time: queued before the first start, preempted after it, plus any restart penalty. Equals the queueing delay under non-preemptive policies. p95 over the accepted jobs (nearest rank).</source>
        <translation>Wartezeit = (Ende - Einreichung) - Laufzeit: vor dem ersten Start in der Warteschlange, danach verdrängt, plus etwaige Neustartstrafe. Gleich der Warteschlangenzeit bei nicht verdrängenden Strategien. p95 über die angenommenen Jobs (nächster Rang).</translation>
    </message>
    <message>
        <source>Preempted time = the seconds a job spent off its GPUs after its first start, from each preemption until it ran again; 0 for jobs never preempted. p95 over the accepted jobs.</source>
        <translation>Verdrängte Zeit = die Sekunden, die ein Job nach seinem ersten Start ohne seine GPUs verbrachte, von jeder Verdrängung bis zum Weiterlaufen; 0 für nie verdrängte Jobs. p95 über die angenommenen Jobs.</translation>
    </message>
    <message>
        <source>Accepted jobs preempted at least once</source>
        <translation>Angenommene Jobs, die mindestens einmal verdrängt wurden</translation>
    </message>
    <message>
        <source>Lost work = restart penalty seconds re-run after preemptions x the job&apos;s GPUs, summed over the jobs, in GPU-hours (srtf&apos;s restart penalty; 0 for other policies)</source>
        <translation>Verlorene Arbeit = nach Verdrängungen erneut gerechnete Sekunden der Neustartstrafe x GPUs des Jobs, über die Jobs summiert, in GPU-Stunden (Neustartstrafe von srtf; 0 bei anderen Strategien)</translation>
    </message>
    <message>
        <source>Jain&apos;s index J = (sum x)² / (m × sum x²) over the m users&apos; mean bounded slowdown: 1 when every user&apos;s jobs are slowed alike, 1/m when one user takes all of it. Jobs without a user are left out.</source>
        <translation>Jain-Index J = (Summe x)² / (m × Summe x²) über die mittlere begrenzte Verlangsamung der m Nutzer: 1, wenn die Jobs aller Nutzer gleich verlangsamt werden, 1/m, wenn ein Nutzer alles abbekommt. Jobs ohne Nutzer bleiben außen vor.</translation>
    </message>
    <message>
        <source>Jain&apos;s index J = (sum x)² / (m × sum x²) over the m virtual clusters&apos; mean bounded slowdown: 1 when every virtual cluster&apos;s jobs are slowed alike, 1/m when one takes all of it. Jobs without a virtual cluster are left out.</source>
        <translation>Jain-Index J = (Summe x)² / (m × Summe x²) über die mittlere begrenzte Verlangsamung der m virtuellen Cluster: 1, wenn die Jobs aller virtuellen Cluster gleich verlangsamt werden, 1/m, wenn einer alles abbekommt. Jobs ohne virtuellen Cluster bleiben außen vor.</translation>
    </message>
    <message>
        <source>The trace names no user, so there is nobody to compare</source>
        <translation>Der Trace nennt keine Nutzer, es gibt also niemanden zu vergleichen</translation>
    </message>
    <message>
        <source>The trace names no virtual cluster, so there is nothing to compare</source>
        <translation>Der Trace nennt keine virtuellen Cluster, es gibt also nichts zu vergleichen</translation>
    </message>
    <message>
        <source>Users compared: %1</source>
        <translation>Verglichene Nutzer: %1</translation>
    </message>
    <message>
        <source>Virtual clusters compared: %1</source>
        <translation>Verglichene virtuelle Cluster: %1</translation>
    </message>
    <message>
        <source>%1 GPU-h</source>
        <translation>%1 GPU-h</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>p95 waiting</source>
        <translation>p95 Wartezeit</translation>
    </message>
    <message>
        <source>p95 preempted</source>
        <translation>p95 verdrängt</translation>
    </message>
    <message>
        <source>Jobs preempted</source>
        <translation>Verdrängte Jobs</translation>
    </message>
    <message>
        <source>Lost work</source>
        <translation>Verlorene Arbeit</translation>
    </message>
    <message>
        <source>Jain (users)</source>
        <translation>Jain (Nutzer)</translation>
    </message>
    <message>
        <source>Jain (virtual clusters)</source>
        <translation>Jain (virtuelle Cluster)</translation>
    </message>
</context>
<context>
    <name>debrief::studio::AnalysesView</name>
    <message>
        <source>All, side by side</source>
        <translation>Alle, nebeneinander</translation>
    </message>
    <message>
        <source>Replay the trace to see its analyses: JCT and slowdown CDFs, waiting and preempted time, fairness, and delays by job size and run time. A saved analysis does not keep them.</source>
        <translation>Spielen Sie den Trace nach, um seine Analysen zu sehen: CDFs von JCT und Verlangsamung, Warte- und Verdrängungszeit, Fairness sowie Wartezeiten nach Jobgröße und Laufzeit. Eine gespeicherte Analyse enthält sie nicht.</translation>
    </message>
    <message>
        <source>JCT CDF (share of jobs)</source>
        <translation>JCT-CDF (Anteil der Jobs)</translation>
    </message>
    <message>
        <source>JCT CDF chart</source>
        <translation>JCT-CDF-Diagramm</translation>
    </message>
    <message>
        <source>Job completion time (JCT) = end - submit. A line at height y over x: that share of the policy&apos;s accepted jobs completed within x of their submit.</source>
        <translation>Job-Abschlusszeit (JCT) = Ende - Einreichung. Eine Linie auf Höhe y über x: dieser Anteil der angenommenen Jobs der Strategie war binnen x nach der Einreichung fertig.</translation>
    </message>
    <message>
        <source>Bounded slowdown CDF (share of jobs)</source>
        <translation>CDF der begrenzten Verlangsamung (Anteil der Jobs)</translation>
    </message>
    <message>
        <source>Bounded slowdown CDF chart</source>
        <translation>Diagramm der CDF der begrenzten Verlangsamung</translation>
    </message>
    <message>
        <source>Bounded slowdown = JCT / max(run time, 10 s): 1 means the job never waited. A line at height y over x: that share of the jobs was slowed down by at most x.</source>
        <translation>Begrenzte Verlangsamung = JCT / max(Laufzeit, 10 s): 1 heißt, der Job hat nie gewartet. Eine Linie auf Höhe y über x: dieser Anteil der Jobs wurde höchstens um x verlangsamt.</translation>
    </message>
    <message>
        <source>JCTs span seconds to days: a log axis spreads the short ones out</source>
        <translation>JCTs reichen von Sekunden bis Tagen: eine logarithmische Achse zieht die kurzen auseinander</translation>
    </message>
    <message>
        <source>Waiting, preemption and fairness per policy</source>
        <translation>Warten, Verdrängung und Fairness je Strategie</translation>
    </message>
    <message>
        <source>Policy of the bucket table</source>
        <translation>Strategie der Gruppentabelle</translation>
    </message>
    <message>
        <source>One policy&apos;s buckets, or every policy&apos;s side by side</source>
        <translation>Die Gruppen einer Strategie oder die aller Strategien nebeneinander</translation>
    </message>
    <message>
        <source>Queueing delay and slowdown by job size and run time</source>
        <translation>Wartezeit und Verlangsamung nach Jobgröße und Laufzeit</translation>
    </message>
    <message>
        <source>Delays by job si&amp;ze and run time for:</source>
        <translation>Wartezeiten nach Job&amp;größe und Laufzeit für:</translation>
    </message>
    <message>
        <source>Log scale for &amp;JCT and slowdown</source>
        <translation>Logarithmische Skala für &amp;JCT und Verlangsamung</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analysen</translation>
    </message>
</context>
<context>
    <name>debrief::studio::AnalysisListDialog</name>
    <message>
        <source>Open analysis</source>
        <translation>Analyse öffnen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>Saved analyses</source>
        <translation>Gespeicherte Analysen</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>Delete the selected analysis</source>
        <translation>Die ausgewählte Analyse löschen</translation>
    </message>
    <message>
        <source>%1 (%2 jobs)</source>
        <translation>%1 (%2 Jobs)</translation>
    </message>
    <message>
        <source>Cannot read the saved analyses: %1</source>
        <translation>Die gespeicherten Analysen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Delete analysis</source>
        <translation>Analyse löschen</translation>
    </message>
    <message>
        <source>Delete the saved analysis &quot;%1&quot;? This cannot be undone.</source>
        <translation>Die gespeicherte Analyse „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CandidateSwitcher</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Choose the candidate, or type a new name and press Enter to add one</source>
        <translation>Kandidaten wählen, oder einen neuen Namen eintippen und die Eingabetaste drücken, um ihn anzulegen</translation>
    </message>
    <message>
        <source>New candidate&apos;s name</source>
        <translation>Name des neuen Kandidaten</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ChartExport</name>
    <message>
        <source>SVG is not available in this build</source>
        <translation>SVG ist in diesem Build nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ChartStyle</name>
    <message>
        <source> B</source>
        <translation> Mrd.</translation>
    </message>
    <message>
        <source> M</source>
        <translation> Mio.</translation>
    </message>
    <message>
        <source> k</source>
        <translation> Tsd.</translation>
    </message>
    <message>
        <source>$0</source>
        <translation>0 $</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ClusterEditor</name>
    <message>
        <source>&amp;GPU jobs only</source>
        <translation>Nur &amp;GPU-Jobs</translation>
    </message>
    <message>
        <source>Pooled (one pool of GPUs)</source>
        <translation>Gepoolt (ein GPU-Pool)</translation>
    </message>
    <message>
        <source>Packed (nodes x GPUs per node)</source>
        <translation>Gepackt (Knoten x GPUs pro Knoten)</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>GPUs in the pool</source>
        <translation>GPUs im Pool</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs pro Knoten</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>Price per GPU-hour in US dollars</source>
        <translation>Preis pro GPU-Stunde in US-Dollar</translation>
    </message>
    <message>
        <source>Replay GPU jobs only</source>
        <translation>Nur GPU-Jobs abspielen</translation>
    </message>
    <message>
        <source>Leave jobs that use no GPU out of the replay (they are counted, not hidden)</source>
        <translation>Jobs ohne GPU beim Abspielen auslassen (sie werden gezählt, nicht versteckt)</translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation>&amp;Platzierung:</translation>
    </message>
    <message>
        <source>GP&amp;Us:</source>
        <translation>GP&amp;Us:</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>GPUs per n&amp;ode:</source>
        <translation>GPUs pro K&amp;noten:</translation>
    </message>
    <message>
        <source>P&amp;rice per GPU-hour:</source>
        <translation>P&amp;reis pro GPU-Stunde:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>packed, %1 nodes x %2 GPUs, %3 per GPU-hour</source>
        <translation>gepackt, %1 Knoten x %2 GPUs, %3 pro GPU-Stunde</translation>
    </message>
    <message>
        <source>pooled, %1 GPUs, %2 per GPU-hour</source>
        <translation>gepoolt, %1 GPUs, %2 pro GPU-Stunde</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>Own price</source>
        <translation>Eigener Preis</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>Take the price per GPU-hour from your price table; editing the price changes the table</source>
        <translation>Den Preis pro GPU-Stunde aus Ihrer Preistabelle übernehmen; eine Preisänderung ändert die Tabelle</translation>
    </message>
    <message>
        <source>Your prices, last edited %1</source>
        <translation>Ihre Preise, zuletzt bearbeitet %1</translation>
    </message>
    <message>
        <source>Preset prices (starting points, not quotes)</source>
        <translation>Voreingestellte Preise (Ausgangswerte, keine Angebote)</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CoachLegend</name>
    <message>
        <source>Number with a unit</source>
        <translation>Zahl mit Einheit</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Team or stakeholder</source>
        <translation>Team oder Stakeholder</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Catalogue mistake</source>
        <translation>Katalogfehler</translation>
    </message>
    <message>
        <source>A number with a unit (%, $, ms, GPU-hours): the claim is quantified</source>
        <translation>Eine Zahl mit Einheit (%, $, ms, GPU-Stunden): die Aussage ist beziffert</translation>
    </message>
    <message>
        <source>A KPI word: says which metric moves</source>
        <translation>Ein KPI-Begriff: sagt, welche Kennzahl sich bewegt</translation>
    </message>
    <message>
        <source>A team or stakeholder named</source>
        <translation>Ein Team oder Stakeholder ist genannt</translation>
    </message>
    <message>
        <source>A proposal: a policy or roadmap item you would change</source>
        <translation>Ein Vorschlag: eine Richtlinie oder ein Roadmap-Punkt, den Sie ändern würden</translation>
    </message>
    <message>
        <source>A mistake from the catalogue, underlined in red: point at it for its name and the better form</source>
        <translation>Ein Fehler aus dem Katalog, rot unterstrichen: zeigen Sie darauf, um seinen Namen und die bessere Form zu sehen</translation>
    </message>
    <message>
        <source>Coach legend</source>
        <translation>Legende des Coachs</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CoachedAnswerEditor</name>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Coach score %1 of 100</source>
        <translation>Coach-Wertung %1 von 100</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coach:&lt;/b&gt; start typing; the score and the marks follow your answer.</source>
        <translation>&lt;b&gt;Coach:&lt;/b&gt; Beginnen Sie zu schreiben; Wertung und Markierungen folgen Ihrer Antwort.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coach: %1/100&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Coach: %1/100&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coach:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Coach:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CommandPalette</name>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>Find a page or command</source>
        <translation>Seite oder Befehl suchen</translation>
    </message>
    <message>
        <source>Type part of a page or command name</source>
        <translation>Einen Teil eines Seiten- oder Befehlsnamens eingeben</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Pages and commands</source>
        <translation>Seiten und Befehle</translation>
    </message>
    <message>
        <source>Enter runs the highlighted entry; Up and Down move; Esc closes.</source>
        <translation>Eingabe führt den markierten Eintrag aus; Pfeil hoch und runter wählen; Esc schließt.</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CommitteePage</name>
    <message>
        <source>&amp;Import scorecards...</source>
        <translation>Bewertungsbögen &amp;importieren...</translation>
    </message>
    <message>
        <source>Re&amp;move scorecard</source>
        <translation>Bewertungsbogen ent&amp;fernen</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>&amp;Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Import interviewers&apos; scorecard files (.json) into this session&apos;s committee; you can also drop them on the page</source>
        <translation>Bewertungsbögen der Interviewer (.json) in das Gremium dieser Sitzung importieren; Sie können sie auch auf die Seite ziehen</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>Imported scorecards</source>
        <translation>Importierte Bewertungsbögen</translation>
    </message>
    <message>
        <source>Marks per answer</source>
        <translation>Bewertungen je Antwort</translation>
    </message>
    <message>
        <source>Session marks</source>
        <translation>Bewertungen der Sitzung</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>The committee&apos;s reason (required)</source>
        <translation>Begründung des Gremiums (Pflicht)</translation>
    </message>
    <message>
        <source>Reason for the committee&apos;s decision</source>
        <translation>Begründung der Gremiumsentscheidung</translation>
    </message>
    <message>
        <source>Records the decision and its reason now (%1)</source>
        <translation>Hält die Entscheidung und ihre Begründung jetzt fest (%1)</translation>
    </message>
    <message>
        <source>Marks per answer (Depth / Vision after the cap)</source>
        <translation>Bewertungen je Antwort (Tiefe / Vision nach der Deckelung)</translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation>Gremiumsentscheidung</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>Vision justifications</source>
        <translation>Begründungen der Vision</translation>
    </message>
    <message>
        <source>No session yet. Start a mock interview from Home, import a scorecard, or choose File &gt; Load demo candidate.</source>
        <translation>Noch keine Sitzung. Starten Sie auf der Startseite ein Probeinterview, importieren Sie einen Bewertungsbogen oder wählen Sie Datei &gt; Demo-Kandidatin laden.</translation>
    </message>
    <message>
        <source>No scorecards in this committee yet: import the interviewers&apos; scorecard files (%1) or drop them here.</source>
        <translation>Noch keine Bewertungsbögen in diesem Gremium: Importieren Sie die Bewertungsbögen der Interviewer (%1) oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <source>this studio</source>
        <translation>dieses Studio</translation>
    </message>
    <message>
        <source>%1 — %2, imported %3</source>
        <translation>%1 — %2, importiert %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>%1
Depth</source>
        <translation>%1
Tiefe</translation>
    </message>
    <message>
        <source>%1
Vision</source>
        <translation>%1
Vision</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 (entered %2)</source>
        <translation>%1 (eingegeben %2)</translation>
    </message>
    <message>
        <source>Capped: Vision above %1 needs an evidence item and a written justification</source>
        <translation>Gedeckelt: Vision über %1 braucht einen Beleg und eine schriftliche Begründung</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Veto: %1</source>
        <translation>Veto: %1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source> (vetoed)</source>
        <translation> (Veto)</translation>
    </message>
    <message>
        <source>No scorecards yet.</source>
        <translation>Noch keine Bewertungsbögen.</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>Frage %1 (%2)</translation>
    </message>
    <message>
        <source>no written justification</source>
        <translation>keine schriftliche Begründung</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1, Vision %2: %3 (evidence: %4)</source>
        <translation>%1, Vision %2: %3 (Belege: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No Vision scores yet.</source>
        <translation>Noch keine Vision-Bewertungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recorded: %1&lt;/b&gt; on %2. %3</source>
        <translation>&lt;b&gt;Festgehalten: %1&lt;/b&gt; am %2. %3</translation>
    </message>
    <message>
        <source>Not decided yet: choose one of the four options and give the reason.</source>
        <translation>Noch nicht entschieden: Wählen Sie eine der vier Optionen und geben Sie die Begründung an.</translation>
    </message>
    <message>
        <source>The committee&apos;s decision needs a reason.</source>
        <translation>Die Gremiumsentscheidung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Committee decision %1</source>
        <translation>Gremiumsentscheidung %1</translation>
    </message>
    <message>
        <source>Committee decision recorded: %1</source>
        <translation>Gremiumsentscheidung festgehalten: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not imported:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Nicht importiert:&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n scorecard(s)</source>
        <translation>
            <numerusform>%n Bewertungsbogen importieren</numerusform>
            <numerusform>%n Bewertungsbögen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1, already there %2, refused %3</source>
        <translation>Importiert: %1, schon vorhanden: %2, abgelehnt: %3</translation>
    </message>
    <message>
        <source>Import scorecards</source>
        <translation>Bewertungsbögen importieren</translation>
    </message>
    <message>
        <source>Debrief scorecards (*.json);;All files (*)</source>
        <translation>Debrief-Bewertungsbögen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove %1&apos;s scorecard</source>
        <translation>Bewertungsbogen von %1 entfernen</translation>
    </message>
    <message>
        <source>Removed %1&apos;s scorecard</source>
        <translation>Bewertungsbogen von %1 entfernt</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>&amp;PDF exportieren ...</translation>
    </message>
    <message>
        <source>Every interviewer&apos;s marks, the flags and the decision as a PDF for the committee</source>
        <translation>Die Wertungen aller Interviewer, die Auffälligkeiten und die Entscheidung als PDF für das Gremium</translation>
    </message>
    <message>
        <source>Committee %1 %2.pdf</source>
        <translation>Gremium %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export committee PDF</source>
        <translation>Gremiums-PDF exportieren</translation>
    </message>
    <message>
        <source>Committee PDF written to %1</source>
        <translation>Gremiums-PDF gespeichert unter %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, imported %3; %n draft score(s) left out</source>
        <translation>
            <numerusform>%1 — %2, importiert %3; %n Entwurfsbewertung nicht berücksichtigt</numerusform>
            <numerusform>%1 — %2, importiert %3; %n Entwurfsbewertungen nicht berücksichtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Scores not submitted are drafts: the committee leaves them out.</source>
        <translation>%1
Nicht eingereichte Bewertungen sind Entwürfe: das Gremium lässt sie weg.</translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>nicht eingereicht</translation>
    </message>
    <message>
        <source>Not submitted: %1. Their drafts are not compared or counted.</source>
        <translation>Nicht eingereicht: %1. Ihre Entwürfe werden weder verglichen noch gezählt.</translation>
    </message>
    <message>
        <source>No splits and no veto: the submitted scores agree within a point.</source>
        <translation>Keine Abweichungen und kein Veto: Die eingereichten Bewertungen liegen höchstens einen Punkt auseinander.</translation>
    </message>
    <message>
        <source>Nothing to compare yet: agreement needs submitted scores from at least two interviewers.</source>
        <translation>Noch nichts zu vergleichen: Übereinstimmung braucht eingereichte Bewertungen von mindestens zwei Interviewern.</translation>
    </message>
    <message>
        <source>Committee details</source>
        <translation>Details des Gremiums</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ComparisonModel</name>
    <message>
        <source>%1 keeps the p95 queueing delay about where %2 has it (%3)</source>
        <translation>%1 hält die p95-Wartezeit etwa dort, wo %2 sie hat (%3)</translation>
    </message>
    <message>
        <source>%1 cuts the p95 queueing delay by %2 against %3 (from %4 to %5)</source>
        <translation>%1 senkt die p95-Wartezeit gegenüber %3 um %2 (von %4 auf %5)</translation>
    </message>
    <message>
        <source>%1 raises the p95 queueing delay by %2 against %3 (from %4 to %5)</source>
        <translation>%1 erhöht die p95-Wartezeit gegenüber %3 um %2 (von %4 auf %5)</translation>
    </message>
    <message>
        <source>and costs the same in idle GPUs.</source>
        <translation>und kostet gleich viel an ungenutzten GPUs.</translation>
    </message>
    <message>
        <source>and saves %1 per month in idle GPUs.</source>
        <translation>und spart %1 pro Monat an ungenutzten GPUs.</translation>
    </message>
    <message>
        <source>and wastes %1 more per month in idle GPUs.</source>
        <translation>und verschwendet %1 pro Monat mehr an ungenutzten GPUs.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>p95 queueing</source>
        <translation>p95-Wartezeit</translation>
    </message>
    <message>
        <source>Mean JCT</source>
        <translation>Mittlere JCT</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>In Worten</translation>
    </message>
    <message>
        <source>Cluster cost %1 per month, of which idle GPUs %2</source>
        <translation>Clusterkosten %1 pro Monat, davon ungenutzte GPUs %2</translation>
    </message>
    <message>
        <source>What the policy&apos;s idle GPUs cost more (+) or less (-) than the baseline&apos;s, per 30-day month</source>
        <translation>Was die ungenutzten GPUs der Strategie pro 30-Tage-Monat mehr (+) oder weniger (-) kosten als die der Basis</translation>
    </message>
    <message>
        <source>Idle GPUs / month</source>
        <translation>Ungenutzte GPUs / Monat</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CrashMarker</name>
    <message>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>Debrief Studio stopped unexpectedly at %1 (signal %2). Every edit made before that moment was saved; an interview that was running is offered for resuming where it stopped.</source>
        <translation>Debrief Studio wurde unerwartet beendet (%1, Signal %2). Jede Änderung bis zu diesem Moment wurde gespeichert; ein laufendes Interview wird zum Fortsetzen an der Stelle angeboten, an der es stehen blieb.</translation>
    </message>
</context>
<context>
    <name>debrief::studio::DebriefPage</name>
    <message>
        <source>Viewing as</source>
        <translation>Ansicht als</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>&amp;Viewing as:</source>
        <translation>&amp;Ansicht als:</translation>
    </message>
    <message>
        <source>Scores per round</source>
        <translation>Bewertungen je Runde</translation>
    </message>
    <message>
        <source>Agreement per answer</source>
        <translation>Übereinstimmung je Antwort</translation>
    </message>
    <message>
        <source>Why, in one sentence</source>
        <translation>Warum, in einem Satz</translation>
    </message>
    <message>
        <source>Reason for the recommendation</source>
        <translation>Begründung der Empfehlung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Final recommendation</source>
        <translation>Abschließende Empfehlung</translation>
    </message>
    <message>
        <source>Agreement and splits</source>
        <translation>Übereinstimmung und Abweichungen</translation>
    </message>
    <message>
        <source>Self against interviewer</source>
        <translation>Selbst gegen Interviewer</translation>
    </message>
    <message>
        <source>Orchestration Impact Score</source>
        <translation>Orchestration Impact Score</translation>
    </message>
    <message>
        <source>Every answer on the Depth × Vision grid</source>
        <translation>Jede Antwort im Raster Tiefe × Vision</translation>
    </message>
    <message>
        <source>Panel (submitted scores only)</source>
        <translation>Panel (nur abgegebene Bewertungen)</translation>
    </message>
    <message>
        <source>Candidate (self-score)</source>
        <translation>Kandidat (Selbstbewertung)</translation>
    </message>
    <message>
        <source>Recommendation saved: %1</source>
        <translation>Empfehlung gespeichert: %1</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>%1&apos;s scores are hidden until they submit them.</source>
        <translation>Die Bewertungen von %1 bleiben verborgen, bis sie abgegeben sind.</translation>
    </message>
    <message>
        <source>%1&apos;s scores are hidden until you both have submitted.</source>
        <translation>Die Bewertungen von %1 bleiben verborgen, bis Sie beide abgegeben haben.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source> (vetoed)</source>
        <translation> (Veto)</translation>
    </message>
    <message>
        <source>No visible scores yet.</source>
        <translation>Noch keine sichtbaren Bewertungen.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>%1 (Depth / Vision)</source>
        <translation>%1 (Tiefe / Vision)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Strategic Fit: %1</source>
        <translation>Strategische Passung: %1</translation>
    </message>
    <message>
        <source>Roadmap Alignment: %1</source>
        <translation>Roadmap-Abstimmung: %1</translation>
    </message>
    <message>
        <source>Metric Translation: %1</source>
        <translation>Metrikübersetzung: %1</translation>
    </message>
    <message>
        <source>Product design: %1</source>
        <translation>Produktdesign: %1</translation>
    </message>
    <message>
        <source>Roadmap Alignment and Metric Translation: no product design round in this session</source>
        <translation>Roadmap-Abstimmung und Metrikübersetzung: keine Produktdesign-Runde in dieser Sitzung</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>D%1 V%2</source>
        <translation>T%1 V%2</translation>
    </message>
    <message>
        <source>Split (Depth %1, Vision %2 apart)</source>
        <translation>Abweichung (Tiefe %1, Vision %2 auseinander)</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Einig</translation>
    </message>
    <message>
        <source>Different verdicts</source>
        <translation>Unterschiedliche Urteile</translation>
    </message>
    <message>
        <source>One interviewer: nothing to compare.</source>
        <translation>Ein Interviewer: nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>No answer that two interviewers scored is visible yet.</source>
        <translation>Noch keine Antwort sichtbar, die zwei Interviewer bewertet haben.</translation>
    </message>
    <message>
        <source>Same verdict on %1 of %2 answers; %3 split(s) of 2 or more points.</source>
        <translation>Gleiches Urteil bei %1 von %2 Antworten; %3 Abweichung(en) um 2 oder mehr Punkte.</translation>
    </message>
    <message>
        <source>Maturity Matrix: mean gap %1 level(s) (self − interviewer), %2 on average either way</source>
        <translation>Reifegradmatrix: mittlere Abweichung %1 Stufe(n) (Selbst − Interviewer), im Schnitt %2 in beide Richtungen</translation>
    </message>
    <message>
        <source>Largest over-estimate: %1 (self %2, interviewer %3)</source>
        <translation>Größte Überschätzung: %1 (Selbst %2, Interviewer %3)</translation>
    </message>
    <message>
        <source>Largest under-estimate: %1 (self %2, interviewer %3)</source>
        <translation>Größte Unterschätzung: %1 (Selbst %2, Interviewer %3)</translation>
    </message>
    <message>
        <source>Answers against %1: mean gap %2 point(s) over %3 tag(s)</source>
        <translation>Antworten gegenüber %1: mittlere Abweichung %2 Punkt(e) über %3 Markierung(en)</translation>
    </message>
    <message>
        <source>No self-assessment to compare with an interviewer&apos;s in this session.</source>
        <translation>Keine Selbsteinschätzung in dieser Sitzung, die mit der eines Interviewers verglichen werden kann.</translation>
    </message>
    <message>
        <source>No portfolio projects for %1 yet.</source>
        <translation>Noch keine Portfolio-Projekte für %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; over %n project(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; über %n Projekt</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; über %n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2 team(s) × %3 % = %4&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2 Team(s) × %3 % = %4&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Debrief details</source>
        <translation>Details des Debriefs</translation>
    </message>
</context>
<context>
    <name>debrief::studio::DepthVisionGridView</name>
    <message>
        <source>Depth by Vision grid</source>
        <translation>Raster Tiefe nach Vision</translation>
    </message>
    <message>
        <source>Vision (after the evidence cap)</source>
        <translation>Vision (nach der Belegobergrenze)</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
</context>
<context>
    <name>debrief::studio::DesignRoundPage</name>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>The &amp;others rebalance</source>
        <translation>Die &amp;anderen gleichen aus</translation>
    </message>
    <message>
        <source>I &amp;balance them myself</source>
        <translation>Ich gleiche &amp;selbst aus</translation>
    </message>
    <message>
        <source>&amp;Submit the round</source>
        <translation>Runde &amp;einreichen</translation>
    </message>
    <message>
        <source>Sessio&amp;n:</source>
        <translation>Sit&amp;zung:</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>Sze&amp;nario:</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>Szenario wählen</translation>
    </message>
    <message>
        <source>Feature requests</source>
        <translation>Feature-Anfragen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>Budgetanteil</translation>
    </message>
    <message>
        <source>Expected gain on the KPI, in percent</source>
        <translation>Erwarteter Gewinn beim KPI, in Prozent</translation>
    </message>
    <message>
        <source>How sure the candidate is of that gain</source>
        <translation>Wie sicher sich der Kandidat dieses Gewinns ist</translation>
    </message>
    <message>
        <source>Share of the quarterly budget</source>
        <translation>Anteil am Quartalsbudget</translation>
    </message>
    <message>
        <source>Editing one share scales the others so the shares always sum to 100 %</source>
        <translation>Ändert man einen Anteil, werden die anderen skaliert, sodass die Summe immer 100 % ergibt</translation>
    </message>
    <message>
        <source>Editing one share leaves the others; the round cannot be submitted until they sum to 100 %</source>
        <translation>Ändert man einen Anteil, bleiben die anderen unverändert; die Runde kann erst eingereicht werden, wenn die Summe 100 % ergibt</translation>
    </message>
    <message>
        <source>Sum over the requests of impact x confidence x share: the percent of KPI gain the budget buys, weighted by how sure it is</source>
        <translation>Summe über die Anfragen von Wirkung x Zuversicht x Anteil: der Prozentsatz an KPI-Gewinn, den das Budget kauft, gewichtet nach seiner Sicherheit</translation>
    </message>
    <message>
        <source>Mark the design question answered with this allocation</source>
        <translation>Die Designfrage mit dieser Aufteilung als beantwortet markieren</translation>
    </message>
    <message>
        <source>When a share changes:</source>
        <translation>Wenn sich ein Anteil ändert:</translation>
    </message>
    <message>
        <source>Share of the budget (%)</source>
        <translation>Anteil am Budget (%)</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Impact against cost</source>
        <translation>Wirkung gegen Kosten</translation>
    </message>
    <message>
        <source>Metric translation</source>
        <translation>Metrik-Übersetzung</translation>
    </message>
    <message>
        <source>Submit the round</source>
        <translation>Runde einreichen</translation>
    </message>
    <message>
        <source>Attach replay evidence to the request being edited</source>
        <translation>Replay-Beleg an die bearbeitete Anfrage anhängen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Answer to the design question</source>
        <translation>Antwort auf die Designfrage</translation>
    </message>
    <message>
        <source>Interviewer scores</source>
        <translation>Bewertungen der Interviewer</translation>
    </message>
    <message>
        <source>&amp;Design (0-4):</source>
        <translation>&amp;Design (0-4):</translation>
    </message>
    <message>
        <source>&amp;Metric Translation (0-4):</source>
        <translation>&amp;Metrik-Übersetzung (0-4):</translation>
    </message>
    <message>
        <source>Roadmap &amp;Alignment (0-4):</source>
        <translation>Roadmap-A&amp;usrichtung (0-4):</translation>
    </message>
    <message>
        <source>Choose scenario &quot;%1&quot;</source>
        <translation>Szenario „%1“ wählen</translation>
    </message>
    <message numerus="yes">
        <source>Scenario &quot;%1&quot;: %n request(s)</source>
        <translation>
            <numerusform>Szenario „%1“: %n Anfrage</numerusform>
            <numerusform>Szenario „%1“: %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of &quot;%1&quot;</source>
        <translation>Anteil von „%1“</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Beleg anhängen</translation>
    </message>
    <message>
        <source>Evidence attached: expected impact %1</source>
        <translation>Beleg angehängt: erwartete Wirkung %1</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Insert metric translation</source>
        <translation>Metrik-Übersetzung einfügen</translation>
    </message>
    <message>
        <source>Metric translation inserted into the answer</source>
        <translation>Metrik-Übersetzung in die Antwort eingefügt</translation>
    </message>
    <message>
        <source>Product design round submitted</source>
        <translation>Produktdesign-Runde eingereicht</translation>
    </message>
    <message>
        <source>%1
Estimated cost: %2</source>
        <translation>%1
Geschätzte Kosten: %2</translation>
    </message>
    <message>
        <source>KPI of %1</source>
        <translation>KPI von %1</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Expected impact of %1</source>
        <translation>Erwartete Wirkung von %1</translation>
    </message>
    <message>
        <source>Expected impact</source>
        <translation>Erwartete Wirkung</translation>
    </message>
    <message>
        <source>Confidence in %1</source>
        <translation>Zuversicht für %1</translation>
    </message>
    <message>
        <source>Where the impact comes from</source>
        <translation>Woher die Wirkung kommt</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Beleg für %1</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>Replay…</translation>
    </message>
    <message>
        <source>Attach a saved Trace Lab comparison: its numbers fill the expected impact</source>
        <translation>Einen gespeicherten Trace-Lab-Vergleich anhängen: seine Zahlen füllen die erwartete Wirkung</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>Anteil von %1</translation>
    </message>
    <message>
        <source>Share of %1 in percent</source>
        <translation>Anteil von %1 in Prozent</translation>
    </message>
    <message>
        <source>%1 Quarterly budget: %2.</source>
        <translation>%1 Quartalsbudget: %2.</translation>
    </message>
    <message>
        <source>Choose the scenario the candidate was given.</source>
        <translation>Wählen Sie das Szenario, das der Kandidat bekommen hat.</translation>
    </message>
    <message>
        <source>Weighted roadmap score: %1</source>
        <translation>Gewichteter Roadmap-Score: %1</translation>
    </message>
    <message>
        <source>Cannot submit: %1</source>
        <translation>Einreichen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>Veto: %1</source>
        <translation>Veto: %1</translation>
    </message>
    <message>
        <source>Self-score</source>
        <translation>Selbstbewertung</translation>
    </message>
    <message>
        <source>&lt;br/&gt;%1: &lt;b&gt;%2&lt;/b&gt;%3 (%4)</source>
        <translation>&lt;br/&gt;%1: &lt;b&gt;%2&lt;/b&gt;%3 (%4)</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source> (vetoed)</source>
        <translation> (Veto)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict&lt;/b&gt;</source>
        <translation>&lt;b&gt;Urteil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Submitted at %1</source>
        <translation>Eingereicht bei %1</translation>
    </message>
    <message>
        <source>Product Design Round</source>
        <translation>Produktdesign-Runde</translation>
    </message>
    <message>
        <source>Calculator, answer and scores</source>
        <translation>Rechner, Antwort und Bewertungen</translation>
    </message>
</context>
<context>
    <name>debrief::studio::DeviceReplayPanel</name>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>&amp;Time compression:</source>
        <translation>&amp;Zeitraffer:</translation>
    </message>
    <message>
        <source>The device replay failed: %1</source>
        <translation>Die Wiedergabe auf dem Gerät ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Replaying %1 jobs on the GPU, about %2 of wall time...</source>
        <translation>%1 Jobs werden auf der GPU wiedergegeben, etwa %2 Echtzeit ...</translation>
    </message>
    <message>
        <source>Simulating; there is no device to measure on.</source>
        <translation>Nur Simulation; es gibt kein Gerät zum Messen.</translation>
    </message>
    <message>
        <source>Mean, simulated</source>
        <translation>Mittel, simuliert</translation>
    </message>
    <message>
        <source>Mean, measured</source>
        <translation>Mittel, gemessen</translation>
    </message>
    <message>
        <source>p95, simulated</source>
        <translation>p95, simuliert</translation>
    </message>
    <message>
        <source>p95, measured</source>
        <translation>p95, gemessen</translation>
    </message>
    <message>
        <source>Queueing delay (h)</source>
        <translation>Wartezeit (h)</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Throughput (jobs/h)</source>
        <translation>Durchsatz (Jobs/h)</translation>
    </message>
    <message>
        <source>Measured on %1 in %2 of wall time (%3 trace seconds per second).</source>
        <translation>Gemessen auf %1 in %2 Echtzeit (%3 Trace-Sekunden pro Sekunde).</translation>
    </message>
    <message>
        <source>Nothing measured: %1. The simulated numbers are shown alone.</source>
        <translation>Nichts gemessen: %1. Es werden nur die simulierten Werte gezeigt.</translation>
    </message>
    <message>
        <source>Load a trace first.</source>
        <translation>Laden Sie zuerst einen Trace.</translation>
    </message>
    <message>
        <source>Device: %1. Each job becomes kernel work sized by its GPUs and duration, launched on CUDA streams whose priorities follow the policy; starts and ends are CUDA events.</source>
        <translation>Gerät: %1. Jeder Job wird zu Kernel-Arbeit, bemessen nach seinen GPUs und seiner Dauer, gestartet auf CUDA-Streams, deren Prioritäten der Richtlinie folgen; Start und Ende sind CUDA-Events.</translation>
    </message>
    <message>
        <source>No usable CUDA device: %1. Replay simulates only; the measured column stays empty.</source>
        <translation>Kein nutzbares CUDA-Gerät: %1. Die Wiedergabe simuliert nur; die Spalte für Messwerte bleibt leer.</translation>
    </message>
    <message>
        <source>The whole trace in about a minute</source>
        <translation>Der ganze Trace in etwa einer Minute</translation>
    </message>
    <message>
        <source>One trace hour per second</source>
        <translation>Eine Trace-Stunde pro Sekunde</translation>
    </message>
    <message>
        <source>One trace day per second</source>
        <translation>Ein Trace-Tag pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Replay on the GPU</source>
        <translation>Auf der GPU &amp;wiedergeben</translation>
    </message>
    <message>
        <source>&amp;Simulate (no GPU)</source>
        <translation>&amp;Simulieren (keine GPU)</translation>
    </message>
    <message>
        <source>Replay the trace with the chosen policy (Ctrl+Shift+G)</source>
        <translation>Den Trace mit der gewählten Richtlinie wiedergeben (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <source>Measured on the device</source>
        <translation>Auf dem Gerät gemessen</translation>
    </message>
    <message>
        <source>Mean queueing delay</source>
        <translation>Mittlere Wartezeit</translation>
    </message>
    <message>
        <source>p95 queueing delay</source>
        <translation>p95-Wartezeit</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>jobs per hour</source>
        <translation>Jobs pro Stunde</translation>
    </message>
    <message>
        <source>Simulated and measured on the device</source>
        <translation>Simuliert und auf dem Gerät gemessen</translation>
    </message>
    <message>
        <source>Queueing delay, simulated and measured</source>
        <translation>Wartezeit, simuliert und gemessen</translation>
    </message>
    <message>
        <source>Throughput, simulated and measured</source>
        <translation>Durchsatz, simuliert und gemessen</translation>
    </message>
</context>
<context>
    <name>debrief::studio::DrillsPage</name>
    <message>
        <source>grade %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>Progress through today&apos;s drills</source>
        <translation>Fortschritt der heutigen Übungen</translation>
    </message>
    <message>
        <source>Your &amp;answer:</source>
        <translation>Ihre &amp;Antwort:</translation>
    </message>
    <message>
        <source>Answer as you would in the interview; the coach marks numbers, KPIs, teams, proposals and mistakes.</source>
        <translation>Antworten Sie wie im Interview; der Coach markiert Zahlen, KPIs, Teams, Vorschläge und Fehler.</translation>
    </message>
    <message>
        <source>&amp;Show answer</source>
        <translation>Antwort &amp;zeigen</translation>
    </message>
    <message>
        <source>How well did you know it? Each grade sets the next review:</source>
        <translation>Wie gut wussten Sie es? Jede Bewertung legt die nächste Wiederholung fest:</translation>
    </message>
    <message>
        <source>Example answers</source>
        <translation>Beispielantworten</translation>
    </message>
    <message>
        <source>Show the example answers</source>
        <translation>Beispielantworten zeigen</translation>
    </message>
    <message>
        <source>Grade the drill: %1</source>
        <translation>Übung bewerten: %1</translation>
    </message>
    <message>
        <source>Go to the answer</source>
        <translation>Zur Antwort</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>day and month of a drill&apos;s next review</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>day, month and year of a drill&apos;s next review</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Drills for %1</source>
        <translation>Übungen für %1</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed today</source>
        <translation>%1 von %2 heute wiederholt</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>Karte %1 von %2</translation>
    </message>
    <message>
        <source>No session yet. Drills come from the weak answers and matrix gaps of a practice or a mock interview.</source>
        <translation>Noch keine Sitzung. Übungen entstehen aus schwachen Antworten und Matrix-Lücken einer Übung oder eines Probeinterviews.</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message>
        <source>All done for today: %1 reviewed.</source>
        <translation>Für heute erledigt: %1 wiederholt.</translation>
    </message>
    <message>
        <source>Next drill: %1 (%2).</source>
        <translation>Nächste Übung: %1 (%2).</translation>
    </message>
    <message>
        <source>No other drill is scheduled. The Maturity Matrix page and debriefs add drills for what scored weak.</source>
        <translation>Keine weitere Übung geplant. Die Seite Reifegradmatrix und Debriefs legen Übungen für schwach Bewertetes an.</translation>
    </message>
    <message>
        <source>Maturity Matrix: %1</source>
        <translation>Reifegradmatrix: %1</translation>
    </message>
    <message>
        <source>%1 question</source>
        <translation>%1-Frage</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>%1: describe work of yours that shows this dimension at Level %2 or above - what you did, what it changed in numbers, and who had to agree.</source>
        <translation>%1: Beschreiben Sie eine eigene Arbeit, die diese Dimension auf Stufe %2 oder höher zeigt – was Sie getan haben, was sich in Zahlen geändert hat und wer zustimmen musste.</translation>
    </message>
    <message>
        <source>This drill&apos;s question (%1) is not in the loaded question banks. Grading it keeps its schedule.</source>
        <translation>Die Frage dieser Übung (%1) ist in keinem geladenen Fragenkatalog. Eine Bewertung behält ihren Zeitplan bei.</translation>
    </message>
    <message>
        <source>Maturity Matrix focus: %1</source>
        <translation>Schwerpunkt in der Reifegradmatrix: %1</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>No example answers: the question is not loaded.</source>
        <translation>Keine Beispielantworten: Die Frage ist nicht geladen.</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Hervorragend</translation>
    </message>
    <message>
        <source>Follow-ups to rehearse</source>
        <translation>Nachfragen zum Üben</translation>
    </message>
    <message>
        <source>new drill</source>
        <translation>neue Übung</translation>
    </message>
    <message>
        <source>review %1, last on %2</source>
        <translation>Wiederholung %1, zuletzt am %2</translation>
    </message>
    <message>
        <source>lapses: %1</source>
        <translation>vergessen: %1</translation>
    </message>
    <message>
        <source>The five level descriptors appear here once you have answered.</source>
        <translation>Die fünf Stufenbeschreibungen erscheinen hier, sobald Sie geantwortet haben.</translation>
    </message>
    <message>
        <source>Poor, mixed, good and excellent example answers appear here once you have answered.</source>
        <translation>Schwache, gemischte, gute und hervorragende Beispielantworten erscheinen hier, sobald Sie geantwortet haben.</translation>
    </message>
    <message>
        <source>Compare your answer with the examples (Ctrl+Return)</source>
        <translation>Ihre Antwort mit den Beispielen vergleichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Write your answer first: the examples are there to compare with</source>
        <translation>Schreiben Sie zuerst Ihre Antwort: Die Beispiele dienen dem Vergleich</translation>
    </message>
    <message>
        <source>%1 saved as %2 - next: %3</source>
        <translation>%1 als %2 gespeichert – nächste: %3</translation>
    </message>
    <message>
        <source>Grade undone: %1 is due again.</source>
        <translation>Bewertung zurückgenommen: %1 ist wieder fällig.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The saved draft could not be read: %1</source>
        <translation>Der gespeicherte Entwurf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>Der Entwurf wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
</context>
<context>
    <name>debrief::studio::EvidenceDialog</name>
    <message>
        <source>Attach evidence to &quot;%1&quot;</source>
        <translation>Beleg an „%1“ anhängen</translation>
    </message>
    <message>
        <source>Saved replay comparisons</source>
        <translation>Gespeicherte Replay-Vergleiche</translation>
    </message>
    <message>
        <source>%1: %2 against %3 (%4, %5 jobs)</source>
        <translation>%1: %2 gegen %3 (%4, %5 Jobs)</translation>
    </message>
    <message>
        <source>Cannot read the saved analyses: %1</source>
        <translation>Die gespeicherten Analysen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No saved Trace Lab analysis compares two policies yet. Replay a trace with two or more policies in the Trace Lab and save the analysis.</source>
        <translation>Noch keine gespeicherte Trace-Lab-Analyse vergleicht zwei Richtlinien. Spielen Sie im Trace Lab einen Trace mit zwei oder mehr Richtlinien ab und speichern Sie die Analyse.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>&amp;Vergleich:</translation>
    </message>
    <message>
        <source>Impact &amp;from:</source>
        <translation>Wirkung a&amp;us:</translation>
    </message>
    <message>
        <source>Expected impact: %1
%2</source>
        <translation>Erwartete Wirkung: %1
%2</translation>
    </message>
    <message>
        <source>This comparison cannot measure that: the baseline&apos;s number is 0.</source>
        <translation>Dieser Vergleich kann das nicht messen: der Wert der Basislinie ist 0.</translation>
    </message>
</context>
<context>
    <name>debrief::studio::HistoryPage</name>
    <message>
        <source>Delete the session of %1</source>
        <translation>Die Sitzung von %1 löschen</translation>
    </message>
    <message>
        <source>Filter by candidate, mode, interviewer or recommendation</source>
        <translation>Nach Kandidat, Modus, Interviewer oder Empfehlung filtern</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>Sitzung &amp;löschen</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Bewertungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Days since the first session</source>
        <translation>Tage seit der ersten Sitzung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Two sessions side by side</source>
        <translation>Zwei Sitzungen nebeneinander</translation>
    </message>
    <message>
        <source>First session to compare</source>
        <translation>Erste zu vergleichende Sitzung</translation>
    </message>
    <message>
        <source>Second session to compare</source>
        <translation>Zweite zu vergleichende Sitzung</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>First:</source>
        <translation>Erste:</translation>
    </message>
    <message>
        <source>Second:</source>
        <translation>Zweite:</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Strategic Fit</source>
        <translation>Strategische Passung</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Zweite</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)</source>
        <translation>
            <numerusform>%n Sitzung löschen</numerusform>
            <numerusform>%n Sitzungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) deleted. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n Sitzung gelöscht. Rückgängig (Ctrl+Z) holt sie zurück.</numerusform>
            <numerusform>%n Sitzungen gelöscht. Rückgängig (Ctrl+Z) holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>debrief::studio::HomePage</name>
    <message>
        <source>Start a &amp;solo practice</source>
        <translation>&amp;Einzelübung starten</translation>
    </message>
    <message>
        <source>Start a &amp;live mock interview</source>
        <translation>&amp;Live-Probeinterview starten</translation>
    </message>
    <message>
        <source>Drills due today</source>
        <translation>Heute fällige Übungen</translation>
    </message>
    <message>
        <source>Last sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Final call</source>
        <translation>Endgültige Entscheidung</translation>
    </message>
    <message>
        <source>Grid verdict</source>
        <translation>Raster-Urteil</translation>
    </message>
    <message>
        <source>Each scorer&apos;s Depth x Vision verdict on the submitted scores, with the veto</source>
        <translation>Das Urteil Tiefe x Vision jedes Bewerters aus den abgegebenen Bewertungen, mit Veto</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Maturity Matrix against the Level %1 bar</source>
        <translation>Reifegradmatrix gegenüber der Messlatte Stufe %1</translation>
    </message>
    <message>
        <source>Maturity Matrix: %1</source>
        <translation>Reifegradmatrix: %1</translation>
    </message>
    <message>
        <source>%1 question: %2</source>
        <translation>%1-Frage: %2</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From the session of %1 (%2).</source>
        <translation>Aus der Sitzung von %1 (%2).</translation>
    </message>
    <message>
        <source>No session yet: start a practice</source>
        <translation>Noch keine Sitzung: Starten Sie eine Übung</translation>
    </message>
    <message>
        <source>Today for %1</source>
        <translation>Heute für %1</translation>
    </message>
    <message>
        <source>New drill</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Wiederholung %1</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Review now</source>
        <translation>Jetzt &amp;wiederholen</translation>
    </message>
    <message>
        <source>Open the Drills page with today&apos;s cards</source>
        <translation>Die Seite Übungen mit den heutigen Karten öffnen</translation>
    </message>
    <message>
        <source>Start a live &amp;mock</source>
        <translation>Live-&amp;Probeinterview starten</translation>
    </message>
    <message>
        <source>Load the &amp;demo candidate</source>
        <translation>&amp;Demo-Kandidatin laden</translation>
    </message>
    <message>
        <source>Three sessions, a portfolio, drills and a loop plan of an example candidate</source>
        <translation>Drei Sitzungen, ein Portfolio, Übungskarten und ein Interviewplan einer Beispielkandidatin</translation>
    </message>
    <message>
        <source>Open a &amp;trace...</source>
        <translation>&amp;Trace öffnen...</translation>
    </message>
    <message>
        <source>Replay a GPU-cluster trace in the Trace Lab</source>
        <translation>Einen GPU-Cluster-Trace im Trace Lab abspielen</translation>
    </message>
    <message>
        <source>There is no candidate yet. Choose how to begin, or type a candidate&apos;s name in the box above and press Enter.</source>
        <translation>Es gibt noch keinen Kandidaten. Wählen Sie, wie Sie beginnen möchten, oder tippen Sie oben den Namen eines Kandidaten ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Welcome to Debrief Studio</source>
        <translation>Willkommen bei Debrief Studio</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ImpactCostChartView</name>
    <message>
        <source>Estimated cost ($ k)</source>
        <translation>Geschätzte Kosten ($ k)</translation>
    </message>
    <message>
        <source>Expected impact (%)</source>
        <translation>Erwartete Wirkung (%)</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ImportIssueModel</name>
    <message>
        <source>a required column is missing</source>
        <translation>eine benötigte Spalte fehlt</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is missing</source>
        <translation>Spalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>the row has the wrong number of fields</source>
        <translation>die Zeile hat die falsche Anzahl Felder</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative</source>
        <translation>„%1“ ist negativ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>„%1“ ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation>die Datei enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>a required value is empty</source>
        <translation>ein benötigter Wert ist leer</translation>
    </message>
    <message>
        <source>the JSON is malformed</source>
        <translation>das JSON ist fehlerhaft</translation>
    </message>
    <message>
        <source>the trace format is not recognised; pick one in the Format list</source>
        <translation>das Trace-Format wurde nicht erkannt; wählen Sie eines in der Liste „Format“</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>die Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>a record is longer than %1 bytes</source>
        <translation>ein Datensatz ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>unbekanntes Problem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>First lines</source>
        <translation>Erste Zeilen</translation>
    </message>
</context>
<context>
    <name>debrief::studio::InterviewRecords</name>
    <message>
        <source>No session yet. Start a practice or a mock interview from Home, or choose File &gt; Load demo candidate.</source>
        <translation>Noch keine Sitzung. Starten Sie auf der Startseite eine Übung oder ein Probeinterview, oder wählen Sie Datei &gt; Demo-Kandidatin laden.</translation>
    </message>
    <message>
        <source>A candidate needs a name.</source>
        <translation>Ein Kandidat braucht einen Namen.</translation>
    </message>
    <message>
        <source>A scorer needs a name (and &quot;self&quot; is the candidate&apos;s own).</source>
        <translation>Wer bewertet, braucht einen Namen (&quot;self&quot; steht für die Selbstbewertung).</translation>
    </message>
</context>
<context>
    <name>debrief::studio::LiveReplayCharts</name>
    <message>
        <source>Waiting jobs</source>
        <translation>Wartende Jobs</translation>
    </message>
    <message>
        <source>Waiting jobs chart</source>
        <translation>Diagramm wartende Jobs</translation>
    </message>
    <message>
        <source>GPU utilisation chart</source>
        <translation>Diagramm GPU-Auslastung</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Diagramm Durchsatz</translation>
    </message>
    <message>
        <source>Cumulative cost chart</source>
        <translation>Diagramm kumulierte Kosten</translation>
    </message>
    <message>
        <source>p95 queueing delay chart</source>
        <translation>Diagramm p95-Wartezeit</translation>
    </message>
    <message>
        <source>Queueing delay CDF chart</source>
        <translation>Diagramm Verteilungsfunktion der Wartezeit</translation>
    </message>
    <message>
        <source>%1 idle</source>
        <translation>%1 Leerlauf</translation>
    </message>
    <message>
        <source>GPU utilisation (%)</source>
        <translation>GPU-Auslastung (%)</translation>
    </message>
    <message>
        <source>Queueing delay CDF (share of jobs)</source>
        <translation>Verteilungsfunktion der Wartezeit (Anteil der Jobs)</translation>
    </message>
    <message>
        <source>Cumulative cost (idle thin)</source>
        <translation>Kumulierte Kosten (ungenutzt dünn)</translation>
    </message>
    <message>
        <source>p95 queueing delay</source>
        <translation>p95-Wartezeit in der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Log scale for delays</source>
        <translation>&amp;Logarithmische Skala für Wartezeiten</translation>
    </message>
    <message>
        <source>Delays span minutes to days: a log axis spreads the short ones out</source>
        <translation>Wartezeiten reichen von Minuten bis Tagen: eine logarithmische Achse zieht die kurzen auseinander</translation>
    </message>
    <message>
        <source>Throughput, jobs/h (%1 avg.)</source>
        <translation>Durchsatz, Jobs/h (Mittel über %1)</translation>
    </message>
</context>
<context>
    <name>debrief::studio::LiveSessionPage</name>
    <message>
        <source>No session is running. Start one from Session setup, or resume an interrupted one.</source>
        <translation>Es läuft keine Sitzung. Starten Sie eine über die Sitzungseinrichtung oder setzen Sie eine unterbrochene fort.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Candidate&apos;s &amp;answer</source>
        <translation>&amp;Antwort des Kandidaten</translation>
    </message>
    <message>
        <source>Candidate&apos;s answer</source>
        <translation>Antwort des Kandidaten</translation>
    </message>
    <message>
        <source>Type the answer; the coach marks numbers, KPIs, teams, proposals and mistakes.</source>
        <translation>Antwort eingeben; der Coach markiert Zahlen, KPIs, Teams, Vorschläge und Fehler.</translation>
    </message>
    <message>
        <source>Example answers at four levels</source>
        <translation>Beispielantworten auf vier Stufen</translation>
    </message>
    <message>
        <source>Example answers</source>
        <translation>Beispielantworten</translation>
    </message>
    <message>
        <source>Sc&amp;orer</source>
        <translation>Be&amp;werter</translation>
    </message>
    <message>
        <source>Scorer</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Depth (engineering depth)</source>
        <translation>Tiefe (technische Tiefe)</translation>
    </message>
    <message>
        <source>Vision (product framing)</source>
        <translation>Vision (Produktsicht)</translation>
    </message>
    <message>
        <source>Depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>Vision %1</source>
        <translation>Vision %1</translation>
    </message>
    <message>
        <source>&amp;Justification of the Vision score</source>
        <translation>&amp;Begründung der Vision-Bewertung</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Notes (Ctrl+Enter stamps the elapsed time)</source>
        <translation>&amp;Notizen (Ctrl+Enter setzt die verstrichene Zeit)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>What the candidate just said that matters</source>
        <translation>Was der Kandidat gerade Wichtiges gesagt hat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finish session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Set Depth 1</source>
        <translation>Tiefe 1 setzen</translation>
    </message>
    <message>
        <source>Set Depth 2</source>
        <translation>Tiefe 2 setzen</translation>
    </message>
    <message>
        <source>Set Depth 3</source>
        <translation>Tiefe 3 setzen</translation>
    </message>
    <message>
        <source>Set Depth 4</source>
        <translation>Tiefe 4 setzen</translation>
    </message>
    <message>
        <source>Set Vision 1</source>
        <translation>Vision 1 setzen</translation>
    </message>
    <message>
        <source>Set Vision 2</source>
        <translation>Vision 2 setzen</translation>
    </message>
    <message>
        <source>Set Vision 3</source>
        <translation>Vision 3 setzen</translation>
    </message>
    <message>
        <source>Set Vision 4</source>
        <translation>Vision 4 setzen</translation>
    </message>
    <message>
        <source>Tick or clear evidence: %1</source>
        <translation>Beleg an- oder abhaken: %1</translation>
    </message>
    <message>
        <source>Write the Vision justification</source>
        <translation>Die Vision-Begründung schreiben</translation>
    </message>
    <message>
        <source>Add a note stamped with the elapsed time</source>
        <translation>Eine Notiz mit der verstrichenen Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Go to the answer editor</source>
        <translation>Zum Antworteditor wechseln</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <source>Pause or resume the clock</source>
        <translation>Uhr anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Die Sitzung beenden</translation>
    </message>
    <message>
        <source>Resumed %1&apos;s session at question %2</source>
        <translation>Sitzung von %1 bei Frage %2 fortgesetzt</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>Ich selbst</translation>
    </message>
    <message>
        <source>Score yourself first: Ctrl+1-4 for Depth, Alt+1-4 for Vision; then compare with the example answers. Next again skips.</source>
        <translation>Bewerten Sie sich zuerst: Ctrl+1-4 für Tiefe, Alt+1-4 für Vision; vergleichen Sie dann mit den Beispielantworten. Weiter überspringt erneut.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Solo practice</source>
        <translation>Einzelübung</translation>
    </message>
    <message>
        <source>Live mock</source>
        <translation>Live-Probe</translation>
    </message>
    <message>
        <source>%1 - %2 - question %3 of %4 (%5)</source>
        <translation>%1 - %2 - Frage %3 von %4 (%5)</translation>
    </message>
    <message>
        <source>Question %1 is not in the loaded question banks.</source>
        <translation>Frage %1 ist nicht in den geladenen Fragenkatalogen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Score yourself</source>
        <translation>Selbst bewerten</translation>
    </message>
    <message>
        <source>Interviewer&apos;s panel</source>
        <translation>Panel des Interviewers</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Hervorragend</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>Question time left %1</source>
        <translation>Restzeit Frage %1</translation>
    </message>
    <message>
        <source>Session time left %1</source>
        <translation>Restzeit Sitzung %1</translation>
    </message>
    <message>
        <source>Clock running</source>
        <translation>Uhr läuft</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>Uhr angehalten</translation>
    </message>
    <message>
        <source>Session finished and saved</source>
        <translation>Sitzung beendet und gespeichert</translation>
    </message>
    <message>
        <source>Tick evidence</source>
        <translation>Beleg abhaken</translation>
    </message>
    <message>
        <source>Clear evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Live-Sitzung</translation>
    </message>
    <message>
        <source>&amp;Submit my scores</source>
        <translation>Meine Bewertungen &amp;einreichen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S: submit your marks; they are locked and count from then on</source>
        <translation>Strg+Umschalt+S: Ihre Bewertungen einreichen; danach sind sie gesperrt und zählen</translation>
    </message>
    <message>
        <source>&amp;Reopen my scores</source>
        <translation>Meine Bewertungen &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R: take your submitted marks back to change them (recorded)</source>
        <translation>Strg+Umschalt+R: eingereichte Bewertungen zurücknehmen, um sie zu ändern (wird vermerkt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;: Ctrl+1-4 Depth, Alt+1-4 Vision, Ctrl+Shift+1-4 evidence, Ctrl+J justification, Ctrl+Enter note, Ctrl+PgDn / Ctrl+PgUp next / previous, Ctrl+Space pause, Ctrl+Shift+S submit my scores, Ctrl+Shift+Enter finish, F1 all shortcuts</source>
        <translation>&lt;b&gt;Tasten&lt;/b&gt;: Strg+1-4 Tiefe, Alt+1-4 Vision, Strg+Umschalt+1-4 Belege, Strg+J Begründung, Strg+Eingabe Notiz, Strg+Bild ab / Strg+Bild auf nächste / vorige, Strg+Leertaste Pause, Strg+Umschalt+S Bewertungen einreichen, Strg+Umschalt+Eingabe beenden, F1 alle Tastenkürzel</translation>
    </message>
    <message>
        <source>Submit my scores</source>
        <translation>Meine Bewertungen einreichen</translation>
    </message>
    <message>
        <source>Reopen my scores</source>
        <translation>Meine Bewertungen wieder öffnen</translation>
    </message>
    <message>
        <source>finished, scoring only</source>
        <translation>beendet, nur noch bewerten</translation>
    </message>
    <message>
        <source>Draft: %1 of %2 answers scored; nobody else sees these marks until you submit them.</source>
        <translation>Entwurf: %1 von %2 Antworten bewertet; niemand sonst sieht diese Bewertungen, bis Sie sie einreichen.</translation>
    </message>
    <message>
        <source>Counts as Vision %1 until %2.</source>
        <translation>Zählt als Vision %1, bis %2.</translation>
    </message>
    <message>
        <source>an evidence item is ticked and a justification written</source>
        <translation>ein Beleg angekreuzt und eine Begründung geschrieben ist</translation>
    </message>
    <message>
        <source>an evidence item is ticked</source>
        <translation>ein Beleg angekreuzt ist</translation>
    </message>
    <message>
        <source>a justification is written</source>
        <translation>eine Begründung geschrieben ist</translation>
    </message>
    <message>
        <source>Finishing submits your self-scores: the Debrief shows your verdict from them.</source>
        <translation>Beenden reicht Ihre Selbstbewertung ein: Die Nachbesprechung zeigt Ihr Urteil daraus.</translation>
    </message>
    <message>
        <source>Finish the session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Session finished; your scores are submitted</source>
        <translation>Sitzung beendet; Ihre Bewertungen sind eingereicht</translation>
    </message>
    <message>
        <source>Submit your marks on %1 of %2 answers? Once submitted they are locked, count in the verdict and the other interviewers can see them once they have submitted theirs.</source>
        <translation>Ihre Bewertungen zu %1 von %2 Antworten einreichen? Danach sind sie gesperrt, zählen für das Urteil, und die anderen Interviewer sehen sie, sobald sie ihre eigenen eingereicht haben.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>Your scores are submitted and locked</source>
        <translation>Ihre Bewertungen sind eingereicht und gesperrt</translation>
    </message>
    <message>
        <source>Your scores are reopened: they are drafts again until you submit them</source>
        <translation>Ihre Bewertungen sind wieder geöffnet: Bis zum Einreichen sind sie wieder Entwürfe</translation>
    </message>
    <message>
        <source>Scorer&apos;s panel</source>
        <translation>Bereich des Bewerters</translation>
    </message>
    <message>
        <source>coach: “%1”</source>
        <translation>Coach: „%1“</translation>
    </message>
</context>
<context>
    <name>debrief::studio::LoopPlannerPage</name>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>The day of the screen; the other rounds follow from it</source>
        <translation>Der Tag des Screenings; die anderen Runden ergeben sich daraus</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>Preparation progress</source>
        <translation>Fortschritt der Vorbereitung</translation>
    </message>
    <message>
        <source>Preparation:</source>
        <translation>Vorbereitung:</translation>
    </message>
    <message>
        <source>%1 preparation</source>
        <translation>Vorbereitung: %1</translation>
    </message>
    <message>
        <source>%1 checklist</source>
        <translation>Checkliste: %1</translation>
    </message>
    <message>
        <source>No candidate yet. Start a practice from Home, choose a candidate there, or choose File &gt; Load demo candidate.</source>
        <translation>Noch kein Kandidat. Starten Sie auf der Startseite eine Übung, wählen Sie dort einen Kandidaten, oder wählen Sie Datei &gt; Demo-Kandidatin laden.</translation>
    </message>
    <message>
        <source>The preparation checklist (checklist.json) could not be loaded; the plan has no checklist.</source>
        <translation>Die Vorbereitungs-Checkliste (checklist.json) konnte nicht geladen werden; der Plan hat keine Checkliste.</translation>
    </message>
    <message>
        <source>Loop plan</source>
        <translation>Interviewplan</translation>
    </message>
    <message>
        <source>Loop plan for %1</source>
        <translation>Interviewplan für %1</translation>
    </message>
    <message>
        <source>(today until you pick a date)</source>
        <translation>(heute, bis Sie ein Datum wählen)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from the screen to the decision</source>
        <translation>
            <numerusform>%n Tag vom Screening bis zur Entscheidung</numerusform>
            <numerusform>%n Tage vom Screening bis zur Entscheidung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. The plan is %n day(s) shorter.</source>
        <translation>
            <numerusform>%1. Der Plan ist %n Tag kürzer.</numerusform>
            <numerusform>%1. Der Plan ist %n Tage kürzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, day %2</source>
        <translation>%1, Tag %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 done (%3 %)</source>
        <translation>%1 von %2 erledigt (%3 %)</translation>
    </message>
    <message>
        <source>Start the loop on %1</source>
        <translation>Interviewplan am %1 beginnen</translation>
    </message>
    <message>
        <source>Start date saved</source>
        <translation>Startdatum gespeichert</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>Haken bei „%1“ entfernen</translation>
    </message>
    <message>
        <source>Checklist saved</source>
        <translation>Checkliste gespeichert</translation>
    </message>
    <message>
        <source>Loop planner</source>
        <translation>Interviewplaner</translation>
    </message>
</context>
<context>
    <name>debrief::studio::LoopTimelineView</name>
    <message>
        <source>Loop timeline</source>
        <translation>Zeitleiste der Interviews</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open trace...</source>
        <translation>Trace ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;demo trace</source>
        <translation>&amp;Demo-Trace öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Debrief Studio</source>
        <translation>&amp;Über Debrief Studio</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <source>About Debrief Studio</source>
        <translation>Über Debrief Studio</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Load demo &amp;candidate</source>
        <translation>Demo-&amp;Kandidatin laden</translation>
    </message>
    <message>
        <source>Demo candidate %1 loaded: three sessions, a portfolio, drills and a loop plan (loading it again replaces it).</source>
        <translation>Demo-Kandidatin %1 geladen: drei Sitzungen, ein Portfolio, Übungskarten und ein Interviewplan (erneutes Laden ersetzt sie).</translation>
    </message>
    <message>
        <source>Could not load the demo candidate: %1</source>
        <translation>Die Demo-Kandidatin konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Export scorecard PDF...</source>
        <translation>Bewertungsbogen als &amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>Debrief session files (*.debrief-session.json);;JSON files (*.json)</source>
        <translation>Debrief-Sitzungsdateien (*.debrief-session.json);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Debrief scorecard files (*.json)</source>
        <translation>Debrief-Bewertungsdateien (*.json)</translation>
    </message>
    <message>
        <source>Open session to &amp;score...</source>
        <translation>Sitzung zum &amp;Bewerten öffnen...</translation>
    </message>
    <message>
        <source>Open session to score</source>
        <translation>Sitzung zum Bewerten öffnen</translation>
    </message>
    <message>
        <source>Export session for other &amp;interviewers...</source>
        <translation>Sitzung für andere &amp;Interviewer exportieren...</translation>
    </message>
    <message>
        <source>Export session for other interviewers</source>
        <translation>Sitzung für andere Interviewer exportieren</translation>
    </message>
    <message>
        <source>Export &amp;my scorecard file...</source>
        <translation>&amp;Meine Bewertungsdatei exportieren...</translation>
    </message>
    <message>
        <source>Export my scorecard file</source>
        <translation>Meine Bewertungsdatei exportieren</translation>
    </message>
    <message>
        <source>Debrief Studio - Scoring as: not set (File &gt; Settings)</source>
        <translation>Debrief Studio - Bewertet als: nicht festgelegt (Datei &gt; Einstellungen)</translation>
    </message>
    <message>
        <source>Debrief Studio - Scoring as %1</source>
        <translation>Debrief Studio - Bewertet als %1</translation>
    </message>
    <message>
        <source>Who is scoring with this studio?</source>
        <translation>Wer bewertet mit diesem Studio?</translation>
    </message>
    <message>
        <source>Who is scoring with this studio? Your name goes on your scores, your notes and the scorecard files you send the panel. A solo practice scores as the candidate.</source>
        <translation>Wer bewertet mit diesem Studio? Ihr Name steht an Ihren Bewertungen, Notizen und den Bewertungsdateien, die Sie dem Gremium schicken. Eine Einzelübung bewertet als Kandidat.</translation>
    </message>
    <message>
        <source>Set your name in File &gt; Settings first: the studio scores as you.</source>
        <translation>Legen Sie zuerst unter Datei &gt; Einstellungen Ihren Namen fest: Das Studio bewertet in Ihrem Namen.</translation>
    </message>
    <message>
        <source>Scoring %1&apos;s session as %2: submit your scores, then export your scorecard file</source>
        <translation>Sitzung von %1 wird als %2 bewertet: Bewertungen einreichen, dann die Bewertungsdatei exportieren</translation>
    </message>
    <message>
        <source>No session to export: open one on Live session or Debrief first.</source>
        <translation>Keine Sitzung zum Exportieren: Öffnen Sie zuerst eine unter Live-Sitzung oder Nachbesprechung.</translation>
    </message>
    <message>
        <source>Session exported to %1: the other interviewers open it with File &gt; Open session to score</source>
        <translation>Sitzung nach %1 exportiert: Die anderen Interviewer öffnen sie mit Datei &gt; Sitzung zum Bewerten öffnen</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>Your scorecard file is %1: drop it on the Committee page of the studio that runs the debrief</source>
        <translation>Ihre Bewertungsdatei ist %1: Ziehen Sie sie auf die Gremium-Seite des Studios, das die Nachbesprechung leitet</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorige Seite</translation>
    </message>
    <message>
        <source>&amp;Find a page or command...</source>
        <translation>Seite oder Befehl &amp;suchen...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Debrief Studio %1&lt;/h3&gt;&lt;p&gt;Prepares engineers for Infrastructure PM interviews on GPU orchestration: replay real GPU-cluster traces under scheduling policies and defend the numbers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled demo data&lt;/b&gt;, copied unchanged from public releases:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;60_job.csv&lt;/i&gt;: the Tiresias simulator&apos;s 60-job input, from SymbioticLab/Tiresias (simulator/60_job.csv).&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_pod_list_default.csv&lt;/i&gt;: 8,152 pods of the Alibaba GPU cluster trace cluster-trace-gpu-v2023 (&quot;openb&quot; pod list), from alibaba/clusterdata.&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_node_list_gpu_node.csv&lt;/i&gt;: the 1,213 GPU nodes of the same release, where the Trace Lab&apos;s Sharing tab places those pods.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Debrief Studio %1&lt;/h3&gt;&lt;p&gt;Bereitet Ingenieurinnen und Ingenieure auf Interviews als Infrastructure PM für GPU-Orchestrierung vor: echte GPU-Cluster-Traces mit Scheduling-Strategien abspielen und die Zahlen vertreten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mitgelieferte Demodaten&lt;/b&gt;, unverändert aus öffentlichen Veröffentlichungen kopiert:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;60_job.csv&lt;/i&gt;: die 60-Job-Eingabe des Tiresias-Simulators, aus SymbioticLab/Tiresias (simulator/60_job.csv).&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_pod_list_default.csv&lt;/i&gt;: 8.152 Pods des Alibaba-GPU-Cluster-Traces cluster-trace-gpu-v2023 (Podliste „openb“), aus alibaba/clusterdata.&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_node_list_gpu_node.csv&lt;/i&gt;: die 1.213 GPU-Knoten derselben Veröffentlichung, auf die der Sharing-Tab des Trace Lab diese Pods platziert.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MatrixCellButton</name>
    <message>
        <source>Level %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>Self and interviewer</source>
        <translation>Selbst und Interviewer</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MatrixPage</name>
    <message>
        <source>&amp;Self</source>
        <translation>&amp;Selbst</translation>
    </message>
    <message>
        <source>&amp;Interviewer</source>
        <translation>&amp;Interviewer</translation>
    </message>
    <message>
        <source>Add these &amp;drills</source>
        <translation>Diese Ü&amp;bungen hinzufügen</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>A click sets the level of:</source>
        <translation>Ein Klick setzt die Stufe von:</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Below bar</source>
        <translation>Unter der Messlatte</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>How many levels the interviewer&apos;s level is below Level %1</source>
        <translation>Wie viele Stufen die Stufe des Interviewers unter Stufe %1 liegt</translation>
    </message>
    <message>
        <source>Self − interviewer: positive means the candidate over-estimated</source>
        <translation>Selbst − Interviewer: positiv heißt, der Kandidat hat sich überschätzt</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Abstände</translation>
    </message>
    <message>
        <source>Drills from the gaps</source>
        <translation>Übungen aus den Abständen</translation>
    </message>
    <message>
        <source>Drills the gaps create</source>
        <translation>Übungen, die die Abstände ergeben</translation>
    </message>
    <message>
        <source>Against the Level %1 bar</source>
        <translation>Gegenüber der Messlatte Stufe %1</translation>
    </message>
    <message>
        <source>New: %1 (below the bar)</source>
        <translation>Neu: %1 (unter der Messlatte)</translation>
    </message>
    <message>
        <source>Already scheduled: %1, due %2</source>
        <translation>Bereits geplant: %1, fällig %2</translation>
    </message>
    <message>
        <source>No gap below the bar: no drill needed.</source>
        <translation>Kein Abstand unter der Messlatte: keine Übung nötig.</translation>
    </message>
    <message>
        <source>%1: level %2 saved</source>
        <translation>%1: Stufe %2 gespeichert</translation>
    </message>
    <message>
        <source>%1: level cleared</source>
        <translation>%1: Stufe gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) added</source>
        <translation>
            <numerusform>%n Übung hinzugefügt</numerusform>
            <numerusform>%n Übungen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Maturity Matrix</source>
        <translation>Reifegradmatrix</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MatrixRadar</name>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Level %1 bar</source>
        <translation>Messlatte Stufe %1</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MaturityMatrixGrid</name>
    <message>
        <source>Level %1 (the bar)</source>
        <translation>Stufe %1 (die Messlatte)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MetricTranslationPanel</name>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Insert into answer</source>
        <translation>In Antwort e&amp;infügen</translation>
    </message>
    <message>
        <source>A cut in GPU time</source>
        <translation>Eine Kürzung der GPU-Zeit</translation>
    </message>
    <message>
        <source>A utilisation change</source>
        <translation>Eine Änderung der Auslastung</translation>
    </message>
    <message>
        <source>A latency change</source>
        <translation>Eine Änderung der Latenz</translation>
    </message>
    <message>
        <source>Cu&amp;t:</source>
        <translation>&amp;Kürzung:</translation>
    </message>
    <message>
        <source>Utilisation:</source>
        <translation>Auslastung:</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latenz:</translation>
    </message>
    <message>
        <source>The same work at a higher utilisation needs from / to of the GPU time</source>
        <translation>Dieselbe Arbeit braucht bei höherer Auslastung von / bis der GPU-Zeit</translation>
    </message>
    <message>
        <source>GPUs are held for the latency of each job: the GPU time scales with it</source>
        <translation>GPUs sind für die Latenz jedes Jobs belegt: die GPU-Zeit wächst mit ihr</translation>
    </message>
    <message>
        <source>Insert the sentence into the answer at the cursor (%1)</source>
        <translation>Den Satz an der Cursorposition in die Antwort einfügen (%1)</translation>
    </message>
    <message>
        <source>&amp;GPU-hours a month:</source>
        <translation>&amp;GPU-Stunden pro Monat:</translation>
    </message>
    <message>
        <source>&amp;Price per GPU-hour:</source>
        <translation>&amp;Preis pro GPU-Stunde:</translation>
    </message>
    <message>
        <source>Money a month:</source>
        <translation>Kosten pro Monat:</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>&amp;Veränderung:</translation>
    </message>
    <message>
        <source>Saved a month:</source>
        <translation>Ersparnis pro Monat:</translation>
    </message>
    <message>
        <source>%1 GPU-hours, %2 (%3)</source>
        <translation>%1 GPU-Stunden, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>debrief::studio::PdfTargetDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen ...</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>debrief::studio::PolicyMetricsModel</name>
    <message>
        <source>Rejected (more GPUs than the cluster has), lines: %1</source>
        <translation>Abgewiesen (mehr GPUs, als der Cluster hat), Zeilen: %1</translation>
    </message>
    <message>
        <source>No accepted jobs</source>
        <translation>Keine angenommenen Jobs</translation>
    </message>
    <message>
        <source>Queueing delay = first start - submit</source>
        <translation>Wartezeit = erster Start - Einreichung</translation>
    </message>
    <message>
        <source>Job completion time = end - submit</source>
        <translation>Job-Abschlusszeit = Ende - Einreichung</translation>
    </message>
    <message>
        <source>Bounded slowdown = JCT / max(run time, 10 s)</source>
        <translation>Begrenzte Verlangsamung = JCT / max(Laufzeit, 10 s)</translation>
    </message>
    <message>
        <source>GPU-seconds used / (cluster GPUs x makespan)</source>
        <translation>Genutzte GPU-Sekunden / (Cluster-GPUs x Gesamtdauer)</translation>
    </message>
    <message>
        <source>Cluster cost - used cost: GPUs paid for but idle</source>
        <translation>Clusterkosten - genutzte Kosten: bezahlte, aber ungenutzte GPUs</translation>
    </message>
    <message>
        <source>Packed placement only: share of GPUs free but unusable by any waiting job</source>
        <translation>Nur bei gepackter Platzierung: Anteil freier GPUs, die kein wartender Job nutzen kann</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Mean queueing</source>
        <translation>Mittlere Wartezeit</translation>
    </message>
    <message>
        <source>p95 queueing</source>
        <translation>p95 Wartezeit</translation>
    </message>
    <message>
        <source>Mean JCT</source>
        <translation>Mittlere JCT</translation>
    </message>
    <message>
        <source>p95 JCT</source>
        <translation>p95 JCT</translation>
    </message>
    <message>
        <source>p95 slowdown</source>
        <translation>p95 Verlangsamung</translation>
    </message>
    <message>
        <source>Makespan</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Cluster cost</source>
        <translation>Clusterkosten</translation>
    </message>
    <message>
        <source>Used cost</source>
        <translation>Genutzte Kosten</translation>
    </message>
    <message>
        <source>Idle cost</source>
        <translation>Leerlaufkosten</translation>
    </message>
    <message>
        <source>Preemptions</source>
        <translation>Verdrängungen</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>Fragmentierung</translation>
    </message>
</context>
<context>
    <name>debrief::studio::PortfolioPage</name>
    <message>
        <source>Selected project</source>
        <translation>Ausgewähltes Projekt</translation>
    </message>
    <message>
        <source>&amp;Lower is better</source>
        <translation>Niedriger ist &amp;besser</translation>
    </message>
    <message>
        <source>&amp;Add project</source>
        <translation>Projekt hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move project</source>
        <translation>Projekt ent&amp;fernen</translation>
    </message>
    <message>
        <source>Sum over the projects of other teams involved × measured gain in percent</source>
        <translation>Summe über die Projekte: beteiligte andere Teams × gemessener Gewinn in Prozent</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>other teams, separated by commas</source>
        <translation>andere Teams, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>what you owned, e.g. co-owner of the roll-out</source>
        <translation>wofür Sie verantwortlich waren, z. B. Mitverantwortung für den Roll-out</translation>
    </message>
    <message>
        <source>e.g. GPU queue time (p95, minutes)</source>
        <translation>z. B. GPU-Wartezeit (p95, Minuten)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Ot&amp;her teams:</source>
        <translation>Andere Tea&amp;ms:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>M&amp;etric:</source>
        <translation>M&amp;etrik:</translation>
    </message>
    <message>
        <source>a&amp;fter:</source>
        <translation>nac&amp;hher:</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>Roa&amp;dmap item:</source>
        <translation>Roadmap-P&amp;unkt:</translation>
    </message>
    <message>
        <source>Mo&amp;nths:</source>
        <translation>Mo&amp;nate:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Punktzahl:</translation>
    </message>
    <message>
        <source>Warnings from the mistake catalogue</source>
        <translation>Warnungen aus dem Fehlerkatalog</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>No candidate yet. Start a practice from Home, choose a candidate there, or choose File &gt; Load demo candidate.</source>
        <translation>Noch kein Kandidat. Starten Sie auf der Startseite eine Übung, wählen Sie dort einen Kandidaten, oder wählen Sie Datei &gt; Demo-Kandidatin laden.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Portfolio of %1</source>
        <translation>Portfolio von %1</translation>
    </message>
    <message>
        <source>Orchestration Impact Score: %1</source>
        <translation>Orchestration Impact Score: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other team(s) × %1 gain = %2</source>
        <translation>
            <numerusform>%n anderes Team × %1 Gewinn = %2</numerusform>
            <numerusform>%n andere Teams × %1 Gewinn = %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Better: %1</source>
        <translation>Besser: %1</translation>
    </message>
    <message>
        <source>No mistake from the catalogue in this project&apos;s description.</source>
        <translation>Kein Fehler aus dem Katalog in der Beschreibung dieses Projekts.</translation>
    </message>
    <message>
        <source>A project needs a title; the title was put back.</source>
        <translation>Ein Projekt braucht einen Titel; der Titel wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Portfolio saved</source>
        <translation>Portfolio gespeichert</translation>
    </message>
    <message>
        <source>Export &amp;summary PDF...</source>
        <translation>&amp;Zusammenfassung als PDF ...</translation>
    </message>
    <message>
        <source>A one-page PDF: projects, their KPIs and roadmap items, and the score</source>
        <translation>Ein einseitiges PDF: Projekte, ihre KPIs und Roadmap-Punkte und die Punktzahl</translation>
    </message>
    <message>
        <source>There is no candidate to summarise yet.</source>
        <translation>Es gibt noch keinen Kandidaten zum Zusammenfassen.</translation>
    </message>
    <message>
        <source>Export candidate summary</source>
        <translation>Kandidatenzusammenfassung exportieren</translation>
    </message>
    <message>
        <source>%1 summary.pdf</source>
        <translation>%1 Zusammenfassung.pdf</translation>
    </message>
    <message>
        <source>Candidate summary written to %1</source>
        <translation>Kandidatenzusammenfassung gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>debrief::studio::PortfolioTableModel</name>
    <message numerus="yes">
        <source>%n other team(s) × %1 gain</source>
        <translation>
            <numerusform>%n anderes Team × %1 Gewinn</numerusform>
            <numerusform>%n andere Teams × %1 Gewinn</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Other teams</source>
        <translation>Andere Teams</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Impact score</source>
        <translation>Impact Score</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Orchestration Impact Score: other teams involved × measured gain in percent</source>
        <translation>Orchestration Impact Score: beteiligte andere Teams × gemessener Gewinn in Prozent</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ReplayEvidence</name>
    <message>
        <source>Throughput gain</source>
        <translation>Durchsatzgewinn</translation>
    </message>
    <message>
        <source>Cut in p95 queueing delay</source>
        <translation>Senkung der p95-Wartezeit</translation>
    </message>
    <message>
        <source>GPU time saved for the same work</source>
        <translation>Eingesparte GPU-Zeit bei gleicher Arbeit</translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation>nicht messbar</translation>
    </message>
    <message>
        <source>throughput down %1</source>
        <translation>Durchsatz %1 niedriger</translation>
    </message>
    <message>
        <source>throughput up %1</source>
        <translation>Durchsatz %1 höher</translation>
    </message>
    <message>
        <source>p95 queueing delay cut by %1</source>
        <translation>p95-Wartezeit um %1 gesenkt</translation>
    </message>
    <message>
        <source>utilisation %1 -&gt; %2, %3 less GPU time</source>
        <translation>Auslastung %1 -&gt; %2, %3 weniger GPU-Zeit</translation>
    </message>
    <message>
        <source>Trace Lab analysis &quot;%1&quot;: replay of %2 (%3 jobs), %4 against %5: %6</source>
        <translation>Trace-Lab-Analyse „%1“: Replay von %2 (%3 Jobs), %4 gegen %5: %6</translation>
    </message>
    <message>
        <source>GPU-hours used %1 -&gt; %2, %3 less GPU time</source>
        <translation>genutzte GPU-Stunden %1 -&gt; %2, %3 weniger GPU-Zeit</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ResumeOffer</name>
    <message>
        <source>Resume the interrupted session?</source>
        <translation>Die unterbrochene Sitzung fortsetzen?</translation>
    </message>
    <message>
        <source>The session with %1 started %2 was not closed (%3 min on the clock). Resume it where it stopped?</source>
        <translation>Die Sitzung mit %1, begonnen %2, wurde nicht geschlossen (%3 min auf der Uhr). Dort fortsetzen, wo sie aufhörte?</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ScorecardExportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>Du&amp;rchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation>Bewertungsbogen exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>%1, %2 (session %3)</source>
        <translation>%1, %2 (Sitzung %3)</translation>
    </message>
    <message>
        <source>Scorecard %1 %2.pdf</source>
        <translation>Bewertungsbogen %1 %2.pdf</translation>
    </message>
    <message>
        <source>There is no session to export yet.</source>
        <translation>Es gibt noch keine Sitzung zum Exportieren.</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the scorecard...</source>
        <translation>Bewertungsbogen wird geschrieben...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Scorecard not exported: %1</source>
        <translation>Bewertungsbogen nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Scorecard not exported</source>
        <translation>Bewertungsbogen nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Scorecard saved to %1 (%n page(s))</source>
        <translation>
            <numerusform>Bewertungsbogen gespeichert unter %1 (%n Seite)</numerusform>
            <numerusform>Bewertungsbogen gespeichert unter %1 (%n Seiten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::studio::SessionController</name>
    <message>
        <source>Recommendation %1</source>
        <translation>Empfehlung %1</translation>
    </message>
    <message>
        <source>Set self level to %1</source>
        <translation>Selbst-Stufe auf %1 setzen</translation>
    </message>
    <message>
        <source>Set interviewer level to %1</source>
        <translation>Interviewer-Stufe auf %1 setzen</translation>
    </message>
    <message>
        <source>Clear self level</source>
        <translation>Selbst-Stufe löschen</translation>
    </message>
    <message>
        <source>Clear interviewer level</source>
        <translation>Interviewer-Stufe löschen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Submitted my scores</source>
        <translation>Meine Bewertungen eingereicht</translation>
    </message>
    <message>
        <source>Reopened my scores</source>
        <translation>Meine Bewertungen wieder geöffnet</translation>
    </message>
    <message>
        <source>Submit scores</source>
        <translation>Bewertungen einreichen</translation>
    </message>
    <message>
        <source>Reopen scores</source>
        <translation>Bewertungen wieder öffnen</translation>
    </message>
    <message>
        <source>Submit the round</source>
        <translation>Runde einreichen</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SessionPicker</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Live mock</source>
        <translation>Live-Probe</translation>
    </message>
    <message>
        <source>Solo practice</source>
        <translation>Einzelübung</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SessionSetupPage</name>
    <message>
        <source>&lt;h2&gt;Session setup&lt;/h2&gt;&lt;p&gt;Solo practice: you answer and score yourself, then compare with example answers. Live mock: interviewers score Depth and Vision as you answer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sitzungseinrichtung&lt;/h2&gt;&lt;p&gt;Einzelübung: Sie antworten und bewerten sich selbst, dann vergleichen Sie mit Beispielantworten. Live-Probeinterview: Interviewer bewerten Tiefe und Vision, während Sie antworten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Solo practice</source>
        <translation>Einzelübung</translation>
    </message>
    <message>
        <source>Live mock interview</source>
        <translation>Live-Probeinterview</translation>
    </message>
    <message>
        <source>Shuffled from the bank</source>
        <translation>Zufällig aus dem Katalog</translation>
    </message>
    <message>
        <source>Picked from the bank</source>
        <translation>Aus dem Katalog ausgewählt</translation>
    </message>
    <message>
        <source>Due drills first, then shuffled</source>
        <translation>Fällige Übungen zuerst, dann zufällig</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Namen durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>Wer antwortet</translation>
    </message>
    <message>
        <source>each question&apos;s own</source>
        <translation>je nach Frage</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>&amp;Kandidat</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>&amp;Interviewer</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>Questions &amp;per round</source>
        <translation>Fragen &amp;pro Runde</translation>
    </message>
    <message>
        <source>Question &amp;bank</source>
        <translation>Fragen&amp;katalog</translation>
    </message>
    <message>
        <source>Time box per &amp;question</source>
        <translation>&amp;Zeitbudget pro Frage</translation>
    </message>
    <message>
        <source>&amp;Total time box</source>
        <translation>&amp;Gesamtes Zeitbudget</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>How questions are chosen</source>
        <translation>Wie Fragen ausgewählt werden</translation>
    </message>
    <message>
        <source>Questions per round</source>
        <translation>Fragen pro Runde</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>Time box per question</source>
        <translation>Zeitbudget pro Frage</translation>
    </message>
    <message>
        <source>Total time box</source>
        <translation>Gesamtes Zeitbudget</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>Sitzung &amp;starten</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Name the candidate.</source>
        <translation>Nennen Sie den Kandidaten.</translation>
    </message>
    <message>
        <source>Name at least one interviewer, or choose solo practice.</source>
        <translation>Nennen Sie mindestens einen Interviewer oder wählen Sie die Einzelübung.</translation>
    </message>
    <message>
        <source>Tick at least one round.</source>
        <translation>Haken Sie mindestens eine Runde an.</translation>
    </message>
    <message>
        <source>No question matches: tick questions in the bank or choose shuffled.</source>
        <translation>Keine Frage passt: Haken Sie Fragen im Katalog an oder wählen Sie „Zufällig“.</translation>
    </message>
    <message>
        <source>Could not store the session: %1</source>
        <translation>Die Sitzung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Session for %1 started with %2 questions</source>
        <translation>Sitzung für %1 mit %2 Fragen gestartet</translation>
    </message>
    <message>
        <source>Session setup</source>
        <translation>Sitzungseinrichtung</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SessionTableModel</name>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>each question&apos;s own</source>
        <translation>je nach Frage</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Schriftgröße</translation>
    </message>
    <message>
        <source>Default time box per &amp;question</source>
        <translation>Standard-Zeitbudget pro &amp;Frage</translation>
    </message>
    <message>
        <source>Default &amp;total time box</source>
        <translation>Standard-&amp;Gesamtzeitbudget</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Your name, as the other interviewers know you</source>
        <translation>Ihr Name, wie die anderen Interviewer Sie kennen</translation>
    </message>
    <message>
        <source>Scoring &amp;as</source>
        <translation>Bewertet &amp;als</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SharingCostModel</name>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Rounded up</source>
        <translation>Aufgerundet</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Jobs replayed</source>
        <translation>Nachgespielte Jobs</translation>
    </message>
    <message>
        <source>GPU-hours used</source>
        <translation>Genutzte GPU-Stunden</translation>
    </message>
    <message>
        <source>GPU-hours paid</source>
        <translation>Bezahlte GPU-Stunden</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Cost of the GPU-hours used</source>
        <translation>Kosten der genutzten GPU-Stunden</translation>
    </message>
    <message>
        <source>Cost of the cluster (paid)</source>
        <translation>Kosten des Clusters (bezahlt)</translation>
    </message>
    <message>
        <source>Mean queueing delay</source>
        <translation>Mittlere Wartezeit</translation>
    </message>
    <message>
        <source>Makespan</source>
        <translation>Gesamtdauer</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SharingCurveModel</name>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Allocated at 100 % arrived</source>
        <translation>Belegt bei 100 % Ankunft</translation>
    </message>
    <message>
        <source>Allocated at %1 % arrived</source>
        <translation>Belegt bei %1 % Ankunft</translation>
    </message>
    <message>
        <source>Fragmented at 100 % arrived</source>
        <translation>Fragmentiert bei 100 % Ankunft</translation>
    </message>
    <message>
        <source>Fragmented at %1 % arrived</source>
        <translation>Fragmentiert bei %1 % Ankunft</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SharingPanel</name>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Node list not used: %1</source>
        <translation>Knotenliste nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Choose a node list</source>
        <translation>Knotenliste wählen</translation>
    </message>
    <message>
        <source>Node lists (*.csv);;All files (*)</source>
        <translation>Knotenlisten (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Use as evidence</source>
        <translation>Als Beleg verwenden</translation>
    </message>
    <message>
        <source>The sharing results are saved as an analysis first. Name of the analysis:</source>
        <translation>Die Sharing-Ergebnisse werden zuerst als Analyse gespeichert. Name der Analyse:</translation>
    </message>
    <message>
        <source>No node list</source>
        <translation>Keine Knotenliste</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 GPUs (%4)</source>
        <translation>%1: %2 Knoten, %3 GPUs (%4)</translation>
    </message>
    <message>
        <source>Prices per GPU-hour (the Trace Lab&apos;s price table over the openb defaults): %1</source>
        <translation>Preise je GPU-Stunde (die Preistabelle des Trace Lab über den openb-Vorgaben): %1</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <source>seeds %1-%2 (%3 runs per placement)</source>
        <translation>Seeds %1-%2 (%3 Läufe je Platzierung)</translation>
    </message>
    <message>
        <source>Load a trace: its jobs&apos; GPU shares are placed on the node list.</source>
        <translation>Laden Sie einen Trace: die GPU-Anteile seiner Jobs werden auf die Knotenliste platziert.</translation>
    </message>
    <message>
        <source>%1 of %2 runs (placements x seeds) done</source>
        <translation>%1 von %2 Läufen (Platzierungen x Seeds) fertig</translation>
    </message>
    <message>
        <source>%1: %2 jobs, ready</source>
        <translation>%1: %2 Jobs, bereit</translation>
    </message>
    <message>
        <source>Evidence is kept in the local database, which is not open.</source>
        <translation>Belege werden in der lokalen Datenbank gespeichert, die nicht geöffnet ist.</translation>
    </message>
    <message>
        <source>Allocation and fragmentation against arrived workload (the openb study)</source>
        <translation>Belegung und Fragmentierung über der angekommenen Last (die openb-Studie)</translation>
    </message>
    <message>
        <source>Time replay on the node list: rounded up against shared</source>
        <translation>Zeitliches Nachspielen auf der Knotenliste: aufgerundet gegen geteilt</translation>
    </message>
    <message>
        <source>Node list:</source>
        <translation>Knotenliste:</translation>
    </message>
    <message>
        <source>C&amp;hoose node list...</source>
        <translation>Knotenliste &amp;wählen...</translation>
    </message>
    <message>
        <source>openb nodes</source>
        <translation>openb-Knoten</translation>
    </message>
    <message>
        <source>The openb study&apos;s 1,213 nodes, bundled with the studio</source>
        <translation>Die 1.213 Knoten der openb-Studie, im Studio enthalten</translation>
    </message>
    <message>
        <source>Placements:</source>
        <translation>Platzierungen:</translation>
    </message>
    <message>
        <source>First seed:</source>
        <translation>Erster Seed:</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>Seeds:</translation>
    </message>
    <message>
        <source>Inflation:</source>
        <translation>Inflation:</translation>
    </message>
    <message>
        <source>Jobs arrive until their GPU demand reaches this ratio of the cluster&apos;s GPU capacity</source>
        <translation>Jobs kommen an, bis ihr GPU-Bedarf dieses Verhältnis zur GPU-Kapazität des Clusters erreicht</translation>
    </message>
    <message>
        <source>Run stud&amp;y</source>
        <translation>Studie &amp;ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>GPU allocation ratio</source>
        <translation>GPU-Belegungsgrad</translation>
    </message>
    <message>
        <source>Arrived workload (% of GPU capacity)</source>
        <translation>Angekommene Last (% der GPU-Kapazität)</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>GPU fragmentation</source>
        <translation>GPU-Fragmentierung</translation>
    </message>
    <message>
        <source>Fragmented</source>
        <translation>Fragmentiert</translation>
    </message>
    <message>
        <source>Scheduling policy:</source>
        <translation>Scheduling-Strategie:</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>Platzierung:</translation>
    </message>
    <message>
        <source>Compare cos&amp;ts</source>
        <translation>Kos&amp;ten vergleichen</translation>
    </message>
    <message>
        <source>Use as e&amp;vidence</source>
        <translation>Als &amp;Beleg verwenden</translation>
    </message>
    <message>
        <source>Allocation and fragmentation at 100 % and 130 % arrived</source>
        <translation>Zuteilung und Fragmentierung bei 100 % und 130 % eingetroffener Last</translation>
    </message>
    <message>
        <source>Rounded up against shared: GPU-hours, utilisation and cost</source>
        <translation>Aufgerundet gegen geteilt: GPU-Stunden, Auslastung und Kosten</translation>
    </message>
    <message>
        <source>Saved results</source>
        <translation>Gespeicherte Ergebnisse</translation>
    </message>
    <message>
        <source>Saved results of %1</source>
        <translation>Gespeicherte Ergebnisse von %1</translation>
    </message>
    <message>
        <source>Saved results keep the evidence of the analysis they came from; run the study or the comparison again to keep new evidence.</source>
        <translation>Gespeicherte Ergebnisse behalten die Belege der Analyse, aus der sie stammen; führen Sie die Studie oder den Vergleich erneut aus, um neue Belege festzuhalten.</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SharingSession</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: no node with a GPU</source>
        <translation>%1: kein Knoten mit GPU</translation>
    </message>
    <message>
        <source>Cannot use the node list: %1</source>
        <translation>Die Knotenliste kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Sharing study cancelled after %1 of %2 runs</source>
        <translation>Sharing-Studie nach %1 von %2 Läufen abgebrochen</translation>
    </message>
    <message>
        <source>Sharing study done: %1 runs</source>
        <translation>Sharing-Studie fertig: %1 Läufe</translation>
    </message>
    <message>
        <source>Rounded up against shared: replayed on %1</source>
        <translation>Aufgerundet gegen geteilt: nachgespielt auf %1</translation>
    </message>
    <message>
        <source>GPU sharing: %1 on %2</source>
        <translation>GPU-Sharing: %1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2 nodes, %3 GPUs)</source>
        <translation>%1 (%2 Knoten, %3 GPUs)</translation>
    </message>
    <message>
        <source>%1 (%2 jobs)</source>
        <translation>%1 (%2 Jobs)</translation>
    </message>
    <message>
        <source>shared GPUs (%1)</source>
        <translation>geteilte GPUs (%1)</translation>
    </message>
    <message>
        <source>rounded up to whole GPUs</source>
        <translation>auf ganze GPUs aufgerundet</translation>
    </message>
    <message>
        <source>Sharing fractional GPUs instead of rounding them up uses %1 GPU-hours instead of %2 (%3 less) and costs %4 instead of %5 for the work done; the cluster is paid %6 instead of %7, mean queueing %8 instead of %9.</source>
        <translation>Bruchteile von GPUs zu teilen statt sie aufzurunden braucht %1 GPU-Stunden statt %2 (%3 weniger) und kostet %4 statt %5 für die geleistete Arbeit; der Cluster kostet %6 statt %7, die mittlere Wartezeit ist %8 statt %9.</translation>
    </message>
    <message>
        <source>Trace Lab sharing replay of %1 on %2; policy %3, placement %4</source>
        <translation>Trace-Lab-Sharing-Nachspiel von %1 auf %2; Strategie %3, Platzierung %4</translation>
    </message>
    <message>
        <source>arrived workload</source>
        <translation>angekommene Last</translation>
    </message>
    <message numerus="yes">
        <source>With %1 placement, %2 of the GPU capacity is allocated and %3 fragmented when the arrived workload equals it; %4 and %5 at %6 arrived (mean of %n seed(s)).</source>
        <translation>
            <numerusform>Mit Platzierung %1 sind %2 der GPU-Kapazität belegt und %3 fragmentiert, wenn die angekommene Last ihr gleicht; %4 und %5 bei %6 Ankunft (Mittel über %n Seed).</numerusform>
            <numerusform>Mit Platzierung %1 sind %2 der GPU-Kapazität belegt und %3 fragmentiert, wenn die angekommene Last ihr gleicht; %4 und %5 bei %6 Ankunft (Mittel über %n Seeds).</numerusform>
        </translation>
    </message>
    <message>
        <source>Trace Lab sharing study of %1 on %2; inflation %3</source>
        <translation>Trace-Lab-Sharing-Studie von %1 auf %2; Inflation %3</translation>
    </message>
    <message>
        <source>Cannot keep the evidence: %1</source>
        <translation>Der Beleg kann nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n metric statement(s) kept as evidence</source>
        <translation>
            <numerusform>%n Kennzahl-Aussage als Beleg gespeichert</numerusform>
            <numerusform>%n Kennzahl-Aussagen als Beleg gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 jobs) on %3 (%4 nodes, %5 GPUs)</source>
        <translation>%1 (%2 Jobs) auf %3 (%4 Knoten, %5 GPUs)</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ShortcutCheatSheet</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>(a key of this page without a description)</source>
        <translation>(eine Taste dieser Seite ohne Beschreibung)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of the studio, read from its actions.</source>
        <translation>Alle Tastenkürzel des Studios, aus seinen Aktionen gelesen.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>debrief::studio::StudioApplication</name>
    <message>
        <source>Database not opened</source>
        <translation>Datenbank nicht geöffnet</translation>
    </message>
    <message>
        <source>The database cannot be used:
%1

It has not been changed. You can back it up and start with a fresh database, or continue without saving anything.</source>
        <translation>Die Datenbank kann nicht verwendet werden:
%1

Sie wurde nicht verändert. Sie können sie sichern und mit einer neuen Datenbank beginnen oder ohne Speichern fortfahren.</translation>
    </message>
    <message>
        <source>Back up and start fresh</source>
        <translation>Sichern und neu beginnen</translation>
    </message>
    <message>
        <source>Continue without saving</source>
        <translation>Ohne Speichern fortfahren</translation>
    </message>
    <message>
        <source>The old database was copied to %1; a fresh one is in use.</source>
        <translation>Die alte Datenbank wurde nach %1 kopiert; eine neue ist in Gebrauch.</translation>
    </message>
    <message>
        <source>%1
Continuing without saving.</source>
        <translation>%1
Es wird ohne Speichern fortgefahren.</translation>
    </message>
    <message>
        <source>The database cannot be used:
%1

It has not been changed. Debrief Studio continues without saving anything.</source>
        <translation>Die Datenbank kann nicht verwendet werden:
%1

Sie wurde nicht verändert. Debrief Studio arbeitet ohne Speichern weiter.</translation>
    </message>
    <message>
        <source>Debrief Studio stopped unexpectedly</source>
        <translation>Debrief Studio wurde unerwartet beendet</translation>
    </message>
</context>
<context>
    <name>debrief::studio::StudioPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TimeSeriesChartView</name>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 bei %3</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceFilterEditor</name>
    <message>
        <source>%1 (%2 jobs)</source>
        <translation>%1 (%2 Jobs)</translation>
    </message>
    <message>
        <source>GPU jobs only</source>
        <translation>Nur GPU-Jobs</translation>
    </message>
    <message>
        <source>A&amp;pply filter</source>
        <translation>Filter an&amp;wenden</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Submitted from (hours after the first submit)</source>
        <translation>Eingereicht ab (Stunden nach der ersten Einreichung)</translation>
    </message>
    <message>
        <source>Submitted until (hours after the first submit)</source>
        <translation>Eingereicht bis (Stunden nach der ersten Einreichung)</translation>
    </message>
    <message>
        <source>Keep jobs submitted at or after this time, in hours after the trace&apos;s first submit</source>
        <translation>Jobs behalten, die zu oder nach dieser Zeit eingereicht wurden, in Stunden nach der ersten Einreichung des Traces</translation>
    </message>
    <message>
        <source>Keep jobs submitted at or before this time, in hours after the trace&apos;s first submit</source>
        <translation>Jobs behalten, die zu oder vor dieser Zeit eingereicht wurden, in Stunden nach der ersten Einreichung des Traces</translation>
    </message>
    <message>
        <source>Leave out the jobs that ask for no GPU</source>
        <translation>Jobs weglassen, die keine GPU anfordern</translation>
    </message>
    <message>
        <source>Users to keep</source>
        <translation>Zu behaltende Nutzer</translation>
    </message>
    <message>
        <source>Check the users to keep; none checked keeps every user</source>
        <translation>Zu behaltende Nutzer anhaken; ohne Haken bleiben alle Nutzer</translation>
    </message>
    <message>
        <source>Virtual clusters to keep</source>
        <translation>Zu behaltende virtuelle Cluster</translation>
    </message>
    <message>
        <source>Check the virtual clusters to keep; none checked keeps them all</source>
        <translation>Zu behaltende virtuelle Cluster anhaken; ohne Haken bleiben alle</translation>
    </message>
    <message>
        <source>Apply the trace filter</source>
        <translation>Den Trace-Filter anwenden</translation>
    </message>
    <message>
        <source>Clear the trace filter</source>
        <translation>Den Trace-Filter zurücksetzen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Eingereicht:</translation>
    </message>
    <message>
        <source>Users / VCs:</source>
        <translation>Nutzer / VCs:</translation>
    </message>
    <message>
        <source>No trace is loaded.</source>
        <translation>Kein Trace geladen.</translation>
    </message>
    <message>
        <source>All %1 jobs are kept.</source>
        <translation>Alle %1 Jobs bleiben erhalten.</translation>
    </message>
    <message>
        <source>The filter keeps %1 of %2 jobs.</source>
        <translation>Der Filter behält %1 von %2 Jobs.</translation>
    </message>
    <message>
        <source>Filtering...</source>
        <translation>Wird gefiltert...</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceFormatBox</name>
    <message>
        <source>Trace format</source>
        <translation>Trace-Format</translation>
    </message>
    <message>
        <source>Auto recognises the format from the file&apos;s header</source>
        <translation>Automatisch erkennt das Format am Kopf der Datei</translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation>Automatisch (erkennen)</translation>
    </message>
    <message>
        <source>Microsoft Philly (JSON job log)</source>
        <translation>Microsoft Philly (JSON-Jobprotokoll)</translation>
    </message>
    <message>
        <source>Alibaba PAI 2020 (task table)</source>
        <translation>Alibaba PAI 2020 (Task-Tabelle)</translation>
    </message>
    <message>
        <source>Alibaba GPU 2023 (openb pod list)</source>
        <translation>Alibaba GPU 2023 (openb-Podliste)</translation>
    </message>
    <message>
        <source>Helios / SenseTime</source>
        <translation>Helios / SenseTime</translation>
    </message>
    <message>
        <source>Acme Seren (InternLM)</source>
        <translation>Acme Seren (InternLM)</translation>
    </message>
    <message>
        <source>Acme Kalos (InternLM)</source>
        <translation>Acme Kalos (InternLM)</translation>
    </message>
    <message>
        <source>Tiresias simulator input</source>
        <translation>Tiresias-Simulator-Eingabe</translation>
    </message>
    <message>
        <source>Generic CSV</source>
        <translation>Allgemeines CSV</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceLabPage</name>
    <message>
        <source>&amp;Open trace...</source>
        <translation>&amp;Trace öffnen...</translation>
    </message>
    <message>
        <source>S&amp;kip bad rows</source>
        <translation>Fehlerhafte Zeilen über&amp;springen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open trace file</source>
        <translation>Trace-Datei öffnen</translation>
    </message>
    <message>
        <source>Open a trace file (Ctrl+O), or drop one onto this page</source>
        <translation>Eine Trace-Datei öffnen (Strg+O) oder auf diese Seite ziehen</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Fehlerhafte Zeilen überspringen</translation>
    </message>
    <message>
        <source>Skip rows that cannot be read and count them per reason, instead of failing</source>
        <translation>Unlesbare Zeilen überspringen und je Grund zählen, statt abzubrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel running work</source>
        <translation>Laufende Arbeit abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running import or replay (Esc)</source>
        <translation>Laufenden Import oder laufendes Abspielen abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Metrics per policy</source>
        <translation>Kennzahlen je Strategie</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Importprobleme</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Load a trace, pick a cluster, then replay all policies.</source>
        <translation>Laden Sie einen Trace, wählen Sie einen Cluster und spielen Sie dann alle Strategien ab.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>Trace Lab</source>
        <translation>Trace-Labor</translation>
    </message>
    <message>
        <source>Traces (*.csv *.json *.log *.txt);;All files (*)</source>
        <translation>Traces (*.csv *.json *.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 wird importiert...</translation>
    </message>
    <message>
        <source>%1 rows of %2 were skipped; the table lists each reason with its first lines.</source>
        <translation>%1 Zeilen von %2 wurden übersprungen; die Tabelle nennt jeden Grund mit seinen ersten Zeilen.</translation>
    </message>
    <message>
        <source>Trace %1 loaded: replay all policies to compare them.</source>
        <translation>Trace %1 geladen: Spielen Sie alle Strategien ab, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Loaded %1: %2 jobs</source>
        <translation>%1 geladen: %2 Jobs</translation>
    </message>
    <message>
        <source>%1 stays loaded.</source>
        <translation>%1 bleibt geladen.</translation>
    </message>
    <message>
        <source>No trace is loaded.</source>
        <translation>Kein Trace geladen.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Import of %1 failed: %2. %3</source>
        <translation>Import von %1 fehlgeschlagen: %2. %3</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import of %1 failed</source>
        <translation>Import von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import cancelled. %1</source>
        <translation>Import abgebrochen. %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Replaying %1 policies...</source>
        <translation>%1 Strategien werden abgespielt...</translation>
    </message>
    <message>
        <source>Replay cancelled</source>
        <translation>Abspielen abgebrochen</translation>
    </message>
    <message>
        <source>Replayed %1 policies</source>
        <translation>%1 Strategien abgespielt</translation>
    </message>
    <message>
        <source>Results for %1.</source>
        <translation>Ergebnisse für %1.</translation>
    </message>
    <message>
        <source>The cluster changed: replay again to update these results.</source>
        <translation>Der Cluster wurde geändert: Spielen Sie erneut ab, um diese Ergebnisse zu aktualisieren.</translation>
    </message>
    <message>
        <source>&amp;Replay checked policies</source>
        <translation>Ausgewählte Strategien &amp;abspielen</translation>
    </message>
    <message>
        <source>Replay checked policies</source>
        <translation>Ausgewählte Strategien abspielen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>Replay the trace under the checked policies on this cluster, live (Ctrl+R)</source>
        <translation>Den Trace mit den ausgewählten Strategien live auf diesem Cluster abspielen (Strg+R)</translation>
    </message>
    <message>
        <source>Policies to replay</source>
        <translation>Abzuspielende Strategien</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <source>%1 simulated h/s</source>
        <translation>%1 simulierte h/s</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <source>Simulated hours per second of the live replay</source>
        <translation>Simulierte Stunden pro Sekunde beim Live-Abspielen</translation>
    </message>
    <message>
        <source>Pause or resume the replay</source>
        <translation>Abspielen anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Pause or resume the live replay (F6)</source>
        <translation>Live-Abspielen anhalten oder fortsetzen (F6)</translation>
    </message>
    <message>
        <source>Step to the next event</source>
        <translation>Zum nächsten Ereignis springen</translation>
    </message>
    <message>
        <source>While paused: every replay moves on by one event (F7)</source>
        <translation>Im Pausenzustand: Jeder Durchlauf rückt um ein Ereignis vor (F7)</translation>
    </message>
    <message>
        <source>Time cursor</source>
        <translation>Zeitcursor</translation>
    </message>
    <message>
        <source>Pick a moment: every policy&apos;s state then is listed beside the charts</source>
        <translation>Einen Zeitpunkt wählen: Der Zustand jeder Strategie zu diesem Zeitpunkt steht neben den Diagrammen</translation>
    </message>
    <message>
        <source>Baseline policy</source>
        <translation>Vergleichsstrategie</translation>
    </message>
    <message>
        <source>Comparison against the baseline</source>
        <translation>Vergleich mit der Basis</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Spee&amp;d:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>E&amp;xport charts...</source>
        <translation>Diagramme e&amp;xportieren...</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>Den Vergleich als CSV exportieren</translation>
    </message>
    <message>
        <source>Live charts</source>
        <translation>Live-Diagramme</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Replaying...</source>
        <translation>Wird abgespielt...</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;At %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bei %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Tabelle nach %1 geschrieben</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>busy GPUs</source>
        <translation>belegte GPUs</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>ausgegeben</translation>
    </message>
    <message>
        <source>not there yet</source>
        <translation>noch nicht so weit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest state of each replay&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neuester Zustand jedes Durchlaufs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save analysis...</source>
        <translation>Analyse speichern...</translation>
    </message>
    <message>
        <source>Open analysis...</source>
        <translation>Analyse öffnen...</translation>
    </message>
    <message>
        <source>&amp;Save analysis...</source>
        <translation>Analyse spe&amp;ichern...</translation>
    </message>
    <message>
        <source>Open ana&amp;lysis...</source>
        <translation>Ana&amp;lyse öffnen...</translation>
    </message>
    <message>
        <source>Use as &amp;evidence</source>
        <translation>Als B&amp;eleg verwenden</translation>
    </message>
    <message>
        <source>Save analysis</source>
        <translation>Analyse speichern</translation>
    </message>
    <message>
        <source>Save the results and charts under a name, to reopen without replaying (Ctrl+S)</source>
        <translation>Ergebnisse und Diagramme unter einem Namen speichern, um sie ohne erneutes Abspielen zu öffnen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Open a saved analysis</source>
        <translation>Eine gespeicherte Analyse öffnen</translation>
    </message>
    <message>
        <source>Show a saved analysis again, or delete saved ones</source>
        <translation>Eine gespeicherte Analyse erneut anzeigen oder gespeicherte löschen</translation>
    </message>
    <message>
        <source>Use the comparison as evidence</source>
        <translation>Den Vergleich als Beleg verwenden</translation>
    </message>
    <message>
        <source>Keep each sentence of the comparison, with its numbers and source, as a metric statement for your answers</source>
        <translation>Jeden Satz des Vergleichs mit seinen Zahlen und seiner Quelle als Kennzahlenaussage für Ihre Antworten behalten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filtering %1...</source>
        <translation>%1 wird gefiltert...</translation>
    </message>
    <message>
        <source>Filter applied: %1 of %2 jobs kept</source>
        <translation>Filter angewendet: %1 von %2 Jobs behalten</translation>
    </message>
    <message>
        <source>No database is open, so analyses cannot be saved.</source>
        <translation>Keine Datenbank geöffnet, daher können keine Analysen gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved analysis &quot;%1&quot;: %2 (%3 jobs), %4 policies, as saved; nothing was replayed.</source>
        <translation>Gespeicherte Analyse „%1“: %2 (%3 Jobs), %4 Strategien, wie gespeichert; nichts wurde abgespielt.</translation>
    </message>
    <message>
        <source>%1 on %2 GPUs</source>
        <translation>%1 auf %2 GPUs</translation>
    </message>
    <message>
        <source>Name of the analysis:</source>
        <translation>Name der Analyse:</translation>
    </message>
    <message>
        <source>Use as evidence</source>
        <translation>Als Beleg verwenden</translation>
    </message>
    <message>
        <source>The comparison is saved as an analysis first. Name of the analysis:</source>
        <translation>Der Vergleich wird zuerst als Analyse gespeichert. Name der Analyse:</translation>
    </message>
    <message>
        <source>On the GPU</source>
        <translation>Auf der GPU</translation>
    </message>
    <message numerus="yes">
        <source>%n metric statement(s) from &quot;%1&quot; are kept as evidence. &lt;a href=&quot;design-round&quot;&gt;Cite them in the design round&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n Kennzahlaussage aus „%1“ ist als Beleg gespeichert. &lt;a href=&quot;design-round&quot;&gt;Im Design-Interview zitieren&lt;/a&gt;.</numerusform>
            <numerusform>%n Kennzahlaussagen aus „%1“ sind als Belege gespeichert. &lt;a href=&quot;design-round&quot;&gt;Im Design-Interview zitieren&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>(same as %1)</source>
        <translation>(wie %1)</translation>
    </message>
    <message>
        <source>Offered load %1: the jobs ask for more GPU-hours than %2 GPUs have, so queues grow without bound.</source>
        <translation>Angebotene Last %1: Die Jobs verlangen mehr GPU-Stunden, als %2 GPUs haben; die Warteschlangen wachsen ohne Grenze.</translation>
    </message>
    <message>
        <source>Offered load %1 of %2 GPUs: busy; queueing delays will be long.</source>
        <translation>Angebotene Last %1 von %2 GPUs: stark ausgelastet; die Wartezeiten werden lang.</translation>
    </message>
    <message>
        <source>Offered load %1 of %2 GPUs: mostly idle; policies will hardly differ.</source>
        <translation>Angebotene Last %1 von %2 GPUs: meist ungenutzt; die Strategien werden sich kaum unterscheiden.</translation>
    </message>
    <message>
        <source>Offered load %1 of %2 GPUs.</source>
        <translation>Angebotene Last %1 von %2 GPUs.</translation>
    </message>
    <message>
        <source>Jobs asking for more GPUs than the cluster has: %1 (the largest asks for %2); they are rejected.</source>
        <translation>Jobs, die mehr GPUs verlangen, als der Cluster hat: %1 (der größte verlangt %2); sie werden abgewiesen.</translation>
    </message>
    <message>
        <source>Suggested: %1 GPUs (load at most %2).</source>
        <translation>Vorschlag: %1 GPUs (Last höchstens %2).</translation>
    </message>
    <message>
        <source>Open a trace to see its load on this cluster.</source>
        <translation>Öffnen Sie einen Trace, um seine Last auf diesem Cluster zu sehen.</translation>
    </message>
    <message>
        <source>Offered load: the GPU-hours the accepted jobs ask for, divided by the cluster&apos;s GPU-hours between the first and the last submit.</source>
        <translation>Angebotene Last: die GPU-Stunden, die die angenommenen Jobs verlangen, geteilt durch die GPU-Stunden des Clusters zwischen erster und letzter Einreichung.</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>JCT and slowdown CDFs, waiting and preempted time, fairness, delays by job size and run time</source>
        <translation>CDFs von JCT und Verlangsamung, Warte- und Verdrängungszeit, Fairness, Wartezeiten nach Jobgröße und Laufzeit</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Export every chart as PNG or SVG, one file each</source>
        <translation>Jedes Diagramm als PNG oder SVG exportieren, je eine Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No chart holds anything yet: replay first</source>
        <translation>Noch enthält kein Diagramm Daten: zuerst wiedergeben</translation>
    </message>
    <message>
        <source>Export every chart (one file each)</source>
        <translation>Alle Diagramme exportieren (je eine Datei)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n chart(s)...</source>
        <translation>
            <numerusform>Schreibe %n Diagramm...</numerusform>
            <numerusform>Schreibe %n Diagramme...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) written to %1</source>
        <translation>
            <numerusform>%n Diagramm nach %1 geschrieben</numerusform>
            <numerusform>%n Diagramme nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) could not be written:</source>
        <translation>
            <numerusform>%n Diagramm konnte nicht geschrieben werden:</numerusform>
            <numerusform>%n Diagramme konnten nicht geschrieben werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceLabSession</name>
    <message>
        <source>Replay cancelled</source>
        <translation>Abspielen abgebrochen</translation>
    </message>
    <message>
        <source>An import is already running; cancel it first.</source>
        <translation>Ein Import läuft bereits; brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Loaded %1: %2 jobs</source>
        <translation>%1 geladen: %2 Jobs</translation>
    </message>
    <message>
        <source>Filter applied: %1 of %2 jobs kept</source>
        <translation>Filter angewendet: %1 von %2 Jobs behalten</translation>
    </message>
    <message>
        <source>Replayed %1 policies</source>
        <translation>%1 Strategien abgespielt</translation>
    </message>
    <message>
        <source>Opened analysis &quot;%1&quot;</source>
        <translation>Analyse „%1“ geöffnet</translation>
    </message>
    <message>
        <source>Cannot save the analysis: %1</source>
        <translation>Die Analyse kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Analysis &quot;%1&quot; saved</source>
        <translation>Analyse „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Cannot open the analysis: %1</source>
        <translation>Die Analyse kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The analysis names a policy this version does not know</source>
        <translation>Die Analyse nennt eine Strategie, die diese Version nicht kennt</translation>
    </message>
    <message>
        <source>Trace Lab replay of %1 (%2 jobs) on %3 GPUs at %4 per GPU-hour; policies %5</source>
        <translation>Trace-Labor-Abspielen von %1 (%2 Jobs) auf %3 GPUs zu %4 pro GPU-Stunde; Strategien %5</translation>
    </message>
    <message>
        <source>Cannot keep the evidence: %1</source>
        <translation>Der Beleg kann nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n metric statement(s) kept as evidence</source>
        <translation>
            <numerusform>%n Kennzahlenaussage als Beleg gespeichert</numerusform>
            <numerusform>%n Kennzahlenaussagen als Beleg gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceSummaryView</name>
    <message>
        <source>Jobs by GPUs requested</source>
        <translation>Jobs nach angeforderten GPUs</translation>
    </message>
    <message>
        <source>GPUs per job</source>
        <translation>GPUs pro Job</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>Trace:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <source>Span:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>CPU-only jobs:</source>
        <translation>Reine CPU-Jobs:</translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>Übersprungene Zeilen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no trace loaded</source>
        <translation>kein Trace geladen</translation>
    </message>
    <message>
        <source>%1 of %2 jobs use no GPU (CPU only); --gpu-jobs-only leaves them out of a replay</source>
        <translation>%1 von %2 Jobs nutzen keine GPU (nur CPU); --gpu-jobs-only lässt sie bei einem Replay weg</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) never started (no start time): kept with run time 0 and no trace start</source>
        <translation>
            <numerusform>%Ln Job wurde nie gestartet (keine Startzeit): behalten mit Laufzeit 0 und ohne Trace-Start</numerusform>
            <numerusform>%Ln Jobs wurden nie gestartet (keine Startzeit): behalten mit Laufzeit 0 und ohne Trace-Start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) with no end time (unfinished when the trace was cut): kept with run time 0</source>
        <translation>
            <numerusform>%Ln Job ohne Endzeit (unfertig, als der Trace endete): behalten mit Laufzeit 0</numerusform>
            <numerusform>%Ln Jobs ohne Endzeit (unfertig, als der Trace endete): behalten mit Laufzeit 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) skipped (lenient import)</source>
        <translation>
            <numerusform>%Ln fehlerhafte Zeile übersprungen (nachsichtiger Import)</numerusform>
            <numerusform>%Ln fehlerhafte Zeilen übersprungen (nachsichtiger Import)</numerusform>
        </translation>
    </message>
    <message>
        <source>Philly: run time = sum of all attempts&apos; run times, GPUs = the most any attempt used, trace start = the first attempt&apos;s start</source>
        <translation>Philly: Laufzeit = Summe der Laufzeiten aller Versuche, GPUs = das Maximum, das ein Versuch nutzte, Trace-Start = Start des ersten Versuchs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) with more than one attempt</source>
        <translation>
            <numerusform>%Ln Job mit mehr als einem Versuch</numerusform>
            <numerusform>%Ln Jobs mit mehr als einem Versuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) with no attempts (never scheduled): kept with 0 GPUs and run time 0</source>
        <translation>
            <numerusform>%Ln Job ohne Versuche (nie eingeplant): behalten mit 0 GPUs und Laufzeit 0</numerusform>
            <numerusform>%Ln Jobs ohne Versuche (nie eingeplant): behalten mit 0 GPUs und Laufzeit 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) with an attempt with no end_time (still running when the log was cut): that attempt adds no run time</source>
        <translation>
            <numerusform>%Ln Job mit einem Versuch ohne end_time (lief noch, als das Log endete): dieser Versuch zählt keine Laufzeit</numerusform>
            <numerusform>%Ln Jobs mit einem Versuch ohne end_time (liefen noch, als das Log endete): dieser Versuch zählt keine Laufzeit</numerusform>
        </translation>
    </message>
    <message>
        <source>PAI: no job table given, so jobs have no user</source>
        <translation>PAI: keine Job-Tabelle angegeben, daher haben die Jobs keinen Nutzer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) with no row in the job table (no user)</source>
        <translation>
            <numerusform>%Ln Task ohne Zeile in der Job-Tabelle (kein Nutzer)</numerusform>
            <numerusform>%Ln Tasks ohne Zeile in der Job-Tabelle (kein Nutzer)</numerusform>
        </translation>
    </message>
    <message>
        <source>openb: submit = creation_time, run time = deletion_time - scheduled_time, GPUs = num_gpu x gpu_milli/1000 rounded up per GPU (shares are packed only on a node list: share, replay --node-list --share-gpus)</source>
        <translation>openb: Einreichung = creation_time, Laufzeit = deletion_time - scheduled_time, GPUs = num_gpu x gpu_milli/1000, je GPU aufgerundet (Anteile werden nur auf einer Knotenliste gepackt: share, replay --node-list --share-gpus)</translation>
    </message>
    <message>
        <source>PAI: each task row is one job (the tasks of a job share its id); GPUs = inst_num x plan_gpu/100 rounded up per instance</source>
        <translation>PAI: jede Task-Zeile ist ein Job (die Tasks eines Jobs teilen seine ID); GPUs = inst_num x plan_gpu/100, je Instanz aufgerundet</translation>
    </message>
    <message>
        <source>PAI has no submit time: submit = the task&apos;s start_time, so the trace itself shows no queueing (a task that never started cannot be placed and is a bad row)</source>
        <translation>PAI hat keine Einreichungszeit: Einreichung = start_time des Tasks, daher zeigt der Trace selbst keine Wartezeit (ein nie gestarteter Task kann nicht platziert werden und ist eine fehlerhafte Zeile)</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TradeoffChartView</name>
    <message>
        <source>Monthly cost against p95 queueing delay (point size: throughput)</source>
        <translation>Monatliche Kosten gegen p95-Wartezeit (Punktgröße: Durchsatz)</translation>
    </message>
    <message>
        <source>Cluster cost per month (US dollars)</source>
        <translation>Clusterkosten pro Monat (US-Dollar)</translation>
    </message>
    <message>
        <source>p95 queueing delay (h)</source>
        <translation>p95-Wartezeit (h)</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>Trade-off scatter</source>
        <translation>Streudiagramm der Zielkonflikte</translation>
    </message>
    <message>
        <source>%1 on %2 GPUs at %3 per GPU-hour
%4 per month, p95 queueing delay %5, %6
Click to replay it live</source>
        <translation>%1 auf %2 GPUs zu %3 pro GPU-Stunde
%4 pro Monat, p95-Wartezeit %5, %6
Klicken, um es live abzuspielen</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TradeoffPage</name>
    <message>
        <source>&amp;Run sweep</source>
        <translation>Sweep &amp;starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cluster sizes in GPUs</source>
        <translation>Clustergrößen in GPUs</translation>
    </message>
    <message>
        <source>Total GPUs of each cluster to try, separated by commas</source>
        <translation>GPUs je zu testendem Cluster, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Prices per GPU-hour in US dollars</source>
        <translation>Preise pro GPU-Stunde in US-Dollar</translation>
    </message>
    <message>
        <source>Prices per GPU-hour to try, separated by commas</source>
        <translation>Zu testende Preise pro GPU-Stunde, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Run the trade-off sweep</source>
        <translation>Den Sweep der Zielkonflikte starten</translation>
    </message>
    <message>
        <source>Replay every policy on every cluster size and price (Ctrl+Shift+R)</source>
        <translation>Jede Strategie auf jeder Clustergröße und zu jedem Preis abspielen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Cancel the sweep</source>
        <translation>Den Sweep abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running sweep (Esc)</source>
        <translation>Den laufenden Sweep abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>Fortschritt des Sweeps</translation>
    </message>
    <message>
        <source>Backend: CPU thread pool, %1 threads</source>
        <translation>Backend: CPU-Threadpool, %1 Threads</translation>
    </message>
    <message>
        <source>Load a trace in the Trace Lab, then run the sweep.</source>
        <translation>Laden Sie einen Trace im Trace-Labor und starten Sie dann den Sweep.</translation>
    </message>
    <message>
        <source>Sweep scenarios</source>
        <translation>Szenarien des Sweeps</translation>
    </message>
    <message>
        <source>Cluster si&amp;zes (GPUs):</source>
        <translation>Cluster&amp;größen (GPUs):</translation>
    </message>
    <message>
        <source>&amp;Prices per GPU-hour ($):</source>
        <translation>&amp;Preise pro GPU-Stunde ($):</translation>
    </message>
    <message>
        <source>E&amp;xport chart...</source>
        <translation>Diagramm e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Export the scatter as PNG or SVG</source>
        <translation>Das Streudiagramm als PNG oder SVG exportieren</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Export the scenarios as CSV</source>
        <translation>Die Szenarien als CSV exportieren</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Zielkonflikte</translation>
    </message>
    <message>
        <source>Trace %1: pick sizes and prices, then run the sweep.</source>
        <translation>Trace %1: Wählen Sie Größen und Preise und starten Sie dann den Sweep.</translation>
    </message>
    <message>
        <source>Sweeping %1 scenarios...</source>
        <translation>%1 Szenarien werden durchgerechnet...</translation>
    </message>
    <message>
        <source>Sweep cancelled; the finished scenarios stay.</source>
        <translation>Sweep abgebrochen; die fertigen Szenarien bleiben.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>Diagramm nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export scenarios</source>
        <translation>Szenarien exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>Tabelle nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Sweep backend</source>
        <translation>Backend für den Sweep</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>No usable CUDA device: %1</source>
        <translation>Kein nutzbares CUDA-Gerät: %1</translation>
    </message>
    <message>
        <source>%1 scenarios (%2); %3 on the Pareto frontier. Click a point to replay it.</source>
        <translation>%1 Szenarien (%2); %3 auf der Pareto-Front. Klicken Sie auf einen Punkt, um ihn wiederzugeben.</translation>
    </message>
    <message>
        <source>The GPU was not used for some: %1</source>
        <translation>Für einige wurde die GPU nicht genutzt: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Backend: GPU %1; preemptive policies on the CPU pool (%2 threads)</source>
        <translation>Backend: GPU %1; präemptive Richtlinien im CPU-Pool (%2 Threads)</translation>
    </message>
    <message>
        <source>fifo, first-fit, sjf, easy-backfill and priority replay on the GPU; the results are identical to the CPU engine&apos;s.</source>
        <translation>fifo, first-fit, sjf, easy-backfill und priority laufen auf der GPU; die Ergebnisse sind mit denen der CPU-Engine identisch.</translation>
    </message>
    <message>
        <source>The GPU is available; choose Auto or GPU to use it.</source>
        <translation>Die GPU ist verfügbar; wählen Sie Automatisch oder GPU, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>Arrival-rate scales</source>
        <translation>Skalierung der Ankunftsrate</translation>
    </message>
    <message>
        <source>How much faster jobs arrive than in the trace (2 = twice as fast, 0.5 = half), separated by commas or spaces; 1 is the trace as recorded</source>
        <translation>Wie viel schneller Jobs ankommen als im Trace (2 = doppelt so schnell, 0.5 = halb so schnell), getrennt durch Kommas oder Leerzeichen; 1 ist der Trace wie aufgezeichnet</translation>
    </message>
    <message>
        <source>&amp;Arrival rates (x):</source>
        <translation>&amp;Ankunftsraten (x):</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TradeoffPointModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>Preis pro GPU-Stunde</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Kosten pro Monat</translation>
    </message>
    <message>
        <source>p95 queueing delay</source>
        <translation>p95-Wartezeit</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>On the frontier</source>
        <translation>Auf der Front</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Replayed on</source>
        <translation>Wiedergegeben auf</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>Ankunftsrate</translation>
    </message>
</context>
</TS>
