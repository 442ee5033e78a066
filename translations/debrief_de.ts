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
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>%1 jobs/h</source>
        <translation>%1 Jobs/h</translation>
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
        <source>Cluster cost / month</source>
        <translation>Clusterkosten / Monat</translation>
    </message>
    <message>
        <source>Idle cost / month</source>
        <translation>Leerlaufkosten / Monat</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>In Worten</translation>
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
        <source>Throughput (jobs/h)</source>
        <translation>Durchsatz (Jobs/h)</translation>
    </message>
    <message>
        <source>Cumulative cost ($; used solid, idle dashed)</source>
        <translation>Kumulierte Kosten ($; genutzt durchgezogen, Leerlauf gestrichelt)</translation>
    </message>
    <message>
        <source>p95 queueing delay (h)</source>
        <translation>p95-Wartezeit (h)</translation>
    </message>
    <message>
        <source>Queueing delay CDF (share of jobs)</source>
        <translation>Verteilungsfunktion der Wartezeit (Anteil der Jobs)</translation>
    </message>
    <message>
        <source>%.0f h</source>
        <translation>%.0f h</translation>
    </message>
    <message>
        <source>%.3g h</source>
        <translation>%.3g h</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MainWindow</name>
    <message>
        <source>Debrief Studio</source>
        <translation>Debrief Studio</translation>
    </message>
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
        <source>&lt;h3&gt;Debrief Studio %1&lt;/h3&gt;&lt;p&gt;Prepares engineers for Infrastructure PM interviews on GPU orchestration: replay real GPU-cluster traces under scheduling policies and defend the numbers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled demo data&lt;/b&gt;, copied unchanged from public releases:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;60_job.csv&lt;/i&gt;: the Tiresias simulator&apos;s 60-job input, from SymbioticLab/Tiresias (simulator/60_job.csv).&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_pod_list_default.csv&lt;/i&gt;: 8,152 pods of the Alibaba GPU cluster trace cluster-trace-gpu-v2023 (&quot;openb&quot; pod list), from alibaba/clusterdata.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Debrief Studio %1&lt;/h3&gt;&lt;p&gt;Bereitet Ingenieurinnen und Ingenieure auf Interviews als Infrastructure PM für GPU-Orchestrierung vor: echte GPU-Cluster-Traces mit Scheduling-Strategien abspielen und die Zahlen vertreten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mitgelieferte Demodaten&lt;/b&gt;, unverändert aus öffentlichen Veröffentlichungen kopiert:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;60_job.csv&lt;/i&gt;: die 60-Job-Eingabe des Tiresias-Simulators, aus SymbioticLab/Tiresias (simulator/60_job.csv).&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_pod_list_default.csv&lt;/i&gt;: 8.152 Pods des Alibaba-GPU-Cluster-Traces cluster-trace-gpu-v2023 (Podliste „openb“), aus alibaba/clusterdata.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Debrief Studio</source>
        <translation>Über Debrief Studio</translation>
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
        <source>An import is already running; cancel it first.</source>
        <translation>Ein Import läuft bereits; brechen Sie ihn zuerst ab.</translation>
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
        <source>Export charts as PNG or SVG</source>
        <translation>Diagramme als PNG oder SVG exportieren</translation>
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
        <source>Charts written to %1</source>
        <translation>Diagramme nach %1 geschrieben</translation>
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
        <source>%1 scenarios on the %2 backend; %3 on the Pareto frontier. Click a point to replay it.</source>
        <translation>%1 Szenarien auf dem Backend %2; %3 auf der Pareto-Front. Klicken Sie auf einen Punkt, um ihn abzuspielen.</translation>
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
</context>
</TS>
