<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DemoTrace</name>
    <message>
        <source>Alibaba openb pods (8,152 jobs) on 64 pooled GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiresias 60 jobs on 32 nodes x 4 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs/h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::studio::ClusterEditor</name>
    <message>
        <source>&amp;GPU jobs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled (one pool of GPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed (nodes x GPUs per node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per GPU-hour in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay GPU jobs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave jobs that use no GPU out of the replay (they are counted, not hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP&amp;Us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per n&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice per GPU-hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packed, %1 nodes x %2 GPUs, %3 per GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pooled, %1 GPUs, %2 per GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::studio::ImportIssueModel</name>
    <message>
        <source>a required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has the wrong number of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a required value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace format is not recognised; pick one in the Format list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::studio::MainWindow</name>
    <message>
        <source>Debrief Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open trace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Debrief Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Debrief Studio %1&lt;/h3&gt;&lt;p&gt;Prepares engineers for Infrastructure PM interviews on GPU orchestration: replay real GPU-cluster traces under scheduling policies and defend the numbers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled demo data&lt;/b&gt;, copied unchanged from public releases:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;60_job.csv&lt;/i&gt;: the Tiresias simulator&apos;s 60-job input, from SymbioticLab/Tiresias (simulator/60_job.csv).&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_pod_list_default.csv&lt;/i&gt;: 8,152 pods of the Alibaba GPU cluster trace cluster-trace-gpu-v2023 (&quot;openb&quot; pod list), from alibaba/clusterdata.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Debrief Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::studio::PolicyMetricsModel</name>
    <message>
        <source>Rejected (more GPUs than the cluster has), lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accepted jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing delay = first start - submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job completion time = end - submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounded slowdown = JCT / max(run time, 10 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-seconds used / (cluster GPUs x makespan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster cost - used cost: GPUs paid for but idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed placement only: share of GPUs free but unusable by any waiting job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean queueing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 queueing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean JCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 JCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 slowdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makespan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceFormatBox</name>
    <message>
        <source>Trace format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto recognises the format from the file&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Philly (JSON job log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba PAI 2020 (task table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba GPU 2023 (openb pod list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helios / SenseTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Seren (InternLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Kalos (InternLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiresias simulator input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceLabPage</name>
    <message>
        <source>&amp;Open trace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay all policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay all policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open trace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a trace file (Ctrl+O), or drop one onto this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rows that cannot be read and count them per reason, instead of failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel running work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running import or replay (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the trace under every scheduling policy on this cluster (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics per policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a trace, pick a cluster, then replay all policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces (*.csv *.json *.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2 were skipped; the table lists each reason with its first lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace %1 loaded: replay all policies to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1: %2 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 failed: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying %1 policies...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed %1 policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster changed: replay again to update these results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceSummaryView</name>
    <message>
        <source>Jobs by GPUs requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU-only jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trace loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
