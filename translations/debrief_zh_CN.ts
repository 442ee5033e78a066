<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DemoTrace</name>
    <message>
        <source>Tiresias 60 jobs on 32 nodes x 4 GPUs</source>
        <translation>Tiresias 60 个作业，32 个节点 x 4 块 GPU</translation>
    </message>
    <message>
        <source>Alibaba openb pods (8,152 jobs) on 48 pooled GPUs</source>
        <translation>阿里巴巴 openb Pod（8,152 个作业），48 块池化 GPU</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>$%1 B</source>
        <translation>%1 十亿美元</translation>
    </message>
    <message>
        <source>$%1 M</source>
        <translation>%1 百万美元</translation>
    </message>
    <message>
        <source>$%1 k</source>
        <translation>%1 千美元</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 美元</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 jobs/h</source>
        <translation>%1 个作业/小时</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ClusterEditor</name>
    <message>
        <source>&amp;GPU jobs only</source>
        <translation>仅 GPU 作业(&amp;G)</translation>
    </message>
    <message>
        <source>Pooled (one pool of GPUs)</source>
        <translation>池化（所有 GPU 为一个池）</translation>
    </message>
    <message>
        <source>Packed (nodes x GPUs per node)</source>
        <translation>按节点打包（节点数 x 每节点 GPU 数）</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>放置方式</translation>
    </message>
    <message>
        <source>GPUs in the pool</source>
        <translation>池中的 GPU 数</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>每节点 GPU 数</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>Price per GPU-hour in US dollars</source>
        <translation>每 GPU 小时价格（美元）</translation>
    </message>
    <message>
        <source>Replay GPU jobs only</source>
        <translation>仅回放 GPU 作业</translation>
    </message>
    <message>
        <source>Leave jobs that use no GPU out of the replay (they are counted, not hidden)</source>
        <translation>回放时排除不使用 GPU 的作业（会被计数，不会被隐藏）</translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation>放置方式(&amp;P)：</translation>
    </message>
    <message>
        <source>GP&amp;Us:</source>
        <translation>GPU 数(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>节点数(&amp;N)：</translation>
    </message>
    <message>
        <source>GPUs per n&amp;ode:</source>
        <translation>每节点 GPU 数(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;rice per GPU-hour:</source>
        <translation>每 GPU 小时价格(&amp;R)：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总计：</translation>
    </message>
    <message>
        <source>packed, %1 nodes x %2 GPUs, %3 per GPU-hour</source>
        <translation>打包，%1 个节点 x %2 块 GPU，每 GPU 小时 %3</translation>
    </message>
    <message>
        <source>pooled, %1 GPUs, %2 per GPU-hour</source>
        <translation>池化，%1 块 GPU，每 GPU 小时 %2</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 块 GPU</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ImportIssueModel</name>
    <message>
        <source>a required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is missing</source>
        <translation>缺少列“%1”</translation>
    </message>
    <message>
        <source>the row has the wrong number of fields</source>
        <translation>该行的字段数不正确</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative</source>
        <translation>“%1”是负数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>“%1”太大</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>“%1”不是有效日期</translation>
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation>文件包含二进制数据，而不是文本</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>a required value is empty</source>
        <translation>必需的值为空</translation>
    </message>
    <message>
        <source>the JSON is malformed</source>
        <translation>JSON 格式错误</translation>
    </message>
    <message>
        <source>the trace format is not recognised; pick one in the Format list</source>
        <translation>无法识别轨迹格式；请在“格式”列表中选择一种</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>未知问题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>First lines</source>
        <translation>首批行号</translation>
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
        <translation>页面</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open trace...</source>
        <translation>打开轨迹(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;demo trace</source>
        <translation>打开示例轨迹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Debrief Studio</source>
        <translation>关于 Debrief Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>打开轨迹</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Debrief Studio %1&lt;/h3&gt;&lt;p&gt;Prepares engineers for Infrastructure PM interviews on GPU orchestration: replay real GPU-cluster traces under scheduling policies and defend the numbers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled demo data&lt;/b&gt;, copied unchanged from public releases:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;60_job.csv&lt;/i&gt;: the Tiresias simulator&apos;s 60-job input, from SymbioticLab/Tiresias (simulator/60_job.csv).&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_pod_list_default.csv&lt;/i&gt;: 8,152 pods of the Alibaba GPU cluster trace cluster-trace-gpu-v2023 (&quot;openb&quot; pod list), from alibaba/clusterdata.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Debrief Studio %1&lt;/h3&gt;&lt;p&gt;帮助工程师准备 GPU 编排方向的基础设施产品经理面试：在不同调度策略下回放真实的 GPU 集群轨迹，并能为这些数字辩护。&lt;/p&gt;&lt;p&gt;&lt;b&gt;内置示例数据&lt;/b&gt;，原样复制自公开发布的数据：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;60_job.csv&lt;/i&gt;：Tiresias 模拟器自带的 60 个作业输入，来自 SymbioticLab/Tiresias（simulator/60_job.csv）。&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_pod_list_default.csv&lt;/i&gt;：阿里巴巴 GPU 集群轨迹 cluster-trace-gpu-v2023 中的 8,152 个 Pod（“openb” Pod 列表），来自 alibaba/clusterdata。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;使用 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Debrief Studio</source>
        <translation>关于 Debrief Studio</translation>
    </message>
</context>
<context>
    <name>debrief::studio::PolicyMetricsModel</name>
    <message>
        <source>Rejected (more GPUs than the cluster has), lines: %1</source>
        <translation>被拒绝（所需 GPU 多于集群总数），行：%1</translation>
    </message>
    <message>
        <source>No accepted jobs</source>
        <translation>没有被接受的作业</translation>
    </message>
    <message>
        <source>Queueing delay = first start - submit</source>
        <translation>排队延迟 = 首次开始时间 - 提交时间</translation>
    </message>
    <message>
        <source>Job completion time = end - submit</source>
        <translation>作业完成时间 = 结束时间 - 提交时间</translation>
    </message>
    <message>
        <source>Bounded slowdown = JCT / max(run time, 10 s)</source>
        <translation>有界减速比 = JCT / max(运行时间, 10 秒)</translation>
    </message>
    <message>
        <source>GPU-seconds used / (cluster GPUs x makespan)</source>
        <translation>已用 GPU 秒数 / (集群 GPU 数 x 总完成时间)</translation>
    </message>
    <message>
        <source>Cluster cost - used cost: GPUs paid for but idle</source>
        <translation>集群成本 - 已用成本：已付费但闲置的 GPU</translation>
    </message>
    <message>
        <source>Packed placement only: share of GPUs free but unusable by any waiting job</source>
        <translation>仅限打包放置：空闲但任何等待作业都无法使用的 GPU 占比</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业数</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Mean queueing</source>
        <translation>平均排队</translation>
    </message>
    <message>
        <source>p95 queueing</source>
        <translation>p95 排队</translation>
    </message>
    <message>
        <source>Mean JCT</source>
        <translation>平均 JCT</translation>
    </message>
    <message>
        <source>p95 JCT</source>
        <translation>p95 JCT</translation>
    </message>
    <message>
        <source>p95 slowdown</source>
        <translation>p95 减速比</translation>
    </message>
    <message>
        <source>Makespan</source>
        <translation>总完成时间</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Cluster cost</source>
        <translation>集群成本</translation>
    </message>
    <message>
        <source>Used cost</source>
        <translation>已用成本</translation>
    </message>
    <message>
        <source>Idle cost</source>
        <translation>闲置成本</translation>
    </message>
    <message>
        <source>Preemptions</source>
        <translation>抢占次数</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>碎片率</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceFormatBox</name>
    <message>
        <source>Trace format</source>
        <translation>轨迹格式</translation>
    </message>
    <message>
        <source>Auto recognises the format from the file&apos;s header</source>
        <translation>“自动”会根据文件头识别格式</translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation>自动（检测）</translation>
    </message>
    <message>
        <source>Microsoft Philly (JSON job log)</source>
        <translation>Microsoft Philly（JSON 作业日志）</translation>
    </message>
    <message>
        <source>Alibaba PAI 2020 (task table)</source>
        <translation>阿里巴巴 PAI 2020（任务表）</translation>
    </message>
    <message>
        <source>Alibaba GPU 2023 (openb pod list)</source>
        <translation>阿里巴巴 GPU 2023（openb Pod 列表）</translation>
    </message>
    <message>
        <source>Helios / SenseTime</source>
        <translation>Helios / 商汤</translation>
    </message>
    <message>
        <source>Acme Seren (InternLM)</source>
        <translation>Acme Seren（书生 InternLM）</translation>
    </message>
    <message>
        <source>Acme Kalos (InternLM)</source>
        <translation>Acme Kalos（书生 InternLM）</translation>
    </message>
    <message>
        <source>Tiresias simulator input</source>
        <translation>Tiresias 模拟器输入</translation>
    </message>
    <message>
        <source>Generic CSV</source>
        <translation>通用 CSV</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceLabPage</name>
    <message>
        <source>&amp;Open trace...</source>
        <translation>打开轨迹(&amp;T)...</translation>
    </message>
    <message>
        <source>S&amp;kip bad rows</source>
        <translation>跳过错误行(&amp;K)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Replay all policies</source>
        <translation>回放所有策略(&amp;R)</translation>
    </message>
    <message>
        <source>Replay all policies</source>
        <translation>回放所有策略</translation>
    </message>
    <message>
        <source>Open trace file</source>
        <translation>打开轨迹文件</translation>
    </message>
    <message>
        <source>Open a trace file (Ctrl+O), or drop one onto this page</source>
        <translation>打开轨迹文件（Ctrl+O），或将文件拖放到此页面</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>跳过错误行</translation>
    </message>
    <message>
        <source>Skip rows that cannot be read and count them per reason, instead of failing</source>
        <translation>跳过无法读取的行并按原因计数，而不是导入失败</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel running work</source>
        <translation>取消正在进行的工作</translation>
    </message>
    <message>
        <source>Cancel the running import or replay (Esc)</source>
        <translation>取消正在进行的导入或回放（Esc）</translation>
    </message>
    <message>
        <source>Replay the trace under every scheduling policy on this cluster (Ctrl+R)</source>
        <translation>在此集群上用每种调度策略回放轨迹（Ctrl+R）</translation>
    </message>
    <message>
        <source>Metrics per policy</source>
        <translation>各策略指标</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Load a trace, pick a cluster, then replay all policies.</source>
        <translation>加载轨迹，选择集群，然后回放所有策略。</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <source>Trace Lab</source>
        <translation>轨迹实验室</translation>
    </message>
    <message>
        <source>Traces (*.csv *.json *.log *.txt);;All files (*)</source>
        <translation>轨迹 (*.csv *.json *.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>打开轨迹</translation>
    </message>
    <message>
        <source>An import is already running; cancel it first.</source>
        <translation>已有导入正在进行；请先取消。</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>正在导入 %1...</translation>
    </message>
    <message>
        <source>%1 rows of %2 were skipped; the table lists each reason with its first lines.</source>
        <translation>%2 中有 %1 行被跳过；表格按原因列出并给出首批行号。</translation>
    </message>
    <message>
        <source>Trace %1 loaded: replay all policies to compare them.</source>
        <translation>轨迹 %1 已加载：回放所有策略以进行比较。</translation>
    </message>
    <message>
        <source>Loaded %1: %2 jobs</source>
        <translation>已加载 %1：%2 个作业</translation>
    </message>
    <message>
        <source>%1 stays loaded.</source>
        <translation>%1 仍保持加载。</translation>
    </message>
    <message>
        <source>No trace is loaded.</source>
        <translation>未加载任何轨迹。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Import of %1 failed: %2. %3</source>
        <translation>导入 %1 失败：%2。%3</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import of %1 failed</source>
        <translation>导入 %1 失败</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Import cancelled. %1</source>
        <translation>导入已取消。%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Replaying %1 policies...</source>
        <translation>正在回放 %1 种策略...</translation>
    </message>
    <message>
        <source>Replay cancelled</source>
        <translation>回放已取消</translation>
    </message>
    <message>
        <source>Replayed %1 policies</source>
        <translation>已回放 %1 种策略</translation>
    </message>
    <message>
        <source>Results for %1.</source>
        <translation>%1 的结果。</translation>
    </message>
    <message>
        <source>The cluster changed: replay again to update these results.</source>
        <translation>集群已更改：请重新回放以更新这些结果。</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceSummaryView</name>
    <message>
        <source>Jobs by GPUs requested</source>
        <translation>按请求 GPU 数统计的作业</translation>
    </message>
    <message>
        <source>GPUs per job</source>
        <translation>每作业 GPU 数</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业数</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>轨迹：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>作业数：</translation>
    </message>
    <message>
        <source>Span:</source>
        <translation>时间跨度：</translation>
    </message>
    <message>
        <source>CPU-only jobs:</source>
        <translation>仅 CPU 作业：</translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>跳过的行：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no trace loaded</source>
        <translation>未加载轨迹</translation>
    </message>
</context>
</TS>
