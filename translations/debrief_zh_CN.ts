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
    <name>debrief::studio::ComparisonModel</name>
    <message>
        <source>%1 keeps the p95 queueing delay about where %2 has it (%3)</source>
        <translation>%1 的 p95 排队延迟与 %2 大致相同（%3）</translation>
    </message>
    <message>
        <source>%1 cuts the p95 queueing delay by %2 against %3 (from %4 to %5)</source>
        <translation>与 %3 相比，%1 将 p95 排队延迟降低了 %2（从 %4 降到 %5）</translation>
    </message>
    <message>
        <source>%1 raises the p95 queueing delay by %2 against %3 (from %4 to %5)</source>
        <translation>与 %3 相比，%1 将 p95 排队延迟提高了 %2（从 %4 升到 %5）</translation>
    </message>
    <message>
        <source>and costs the same in idle GPUs.</source>
        <translation>且闲置 GPU 的成本相同。</translation>
    </message>
    <message>
        <source>and saves %1 per month in idle GPUs.</source>
        <translation>且每月在闲置 GPU 上节省 %1。</translation>
    </message>
    <message>
        <source>and wastes %1 more per month in idle GPUs.</source>
        <translation>且每月在闲置 GPU 上多浪费 %1。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
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
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Cluster cost / month</source>
        <translation>集群成本 / 月</translation>
    </message>
    <message>
        <source>Idle cost / month</source>
        <translation>闲置成本 / 月</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>文字说明</translation>
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
    <name>debrief::studio::LiveReplayCharts</name>
    <message>
        <source>Waiting jobs</source>
        <translation>等待中的作业</translation>
    </message>
    <message>
        <source>Waiting jobs chart</source>
        <translation>等待作业图表</translation>
    </message>
    <message>
        <source>GPU utilisation chart</source>
        <translation>GPU 利用率图表</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>吞吐量图表</translation>
    </message>
    <message>
        <source>Cumulative cost chart</source>
        <translation>累计成本图表</translation>
    </message>
    <message>
        <source>p95 queueing delay chart</source>
        <translation>p95 排队延迟图表</translation>
    </message>
    <message>
        <source>Queueing delay CDF chart</source>
        <translation>排队延迟累积分布图表</translation>
    </message>
    <message>
        <source>%1 idle</source>
        <translation>%1 闲置</translation>
    </message>
    <message>
        <source>GPU utilisation (%)</source>
        <translation>GPU 利用率（%）</translation>
    </message>
    <message>
        <source>Throughput (jobs/h)</source>
        <translation>吞吐量（作业/小时）</translation>
    </message>
    <message>
        <source>Cumulative cost ($; used solid, idle dashed)</source>
        <translation>累计成本（$；实线为已用，虚线为闲置）</translation>
    </message>
    <message>
        <source>p95 queueing delay (h)</source>
        <translation>p95 排队延迟（小时）</translation>
    </message>
    <message>
        <source>Queueing delay CDF (share of jobs)</source>
        <translation>排队延迟累积分布（作业占比）</translation>
    </message>
    <message>
        <source>%.0f h</source>
        <translation>%.0f 小时</translation>
    </message>
    <message>
        <source>%.3g h</source>
        <translation>%.3g 小时</translation>
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
    <message>
        <source>&amp;Replay checked policies</source>
        <translation>回放所选策略(&amp;R)</translation>
    </message>
    <message>
        <source>Replay checked policies</source>
        <translation>回放所选策略</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <source>Replay the trace under the checked policies on this cluster, live (Ctrl+R)</source>
        <translation>在此集群上按所选策略实时回放该轨迹（Ctrl+R）</translation>
    </message>
    <message>
        <source>Policies to replay</source>
        <translation>要回放的策略</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <source>%1 simulated h/s</source>
        <translation>每秒模拟 %1 小时</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>回放速度</translation>
    </message>
    <message>
        <source>Simulated hours per second of the live replay</source>
        <translation>实时回放每秒模拟的小时数</translation>
    </message>
    <message>
        <source>Pause or resume the replay</source>
        <translation>暂停或继续回放</translation>
    </message>
    <message>
        <source>Pause or resume the live replay (F6)</source>
        <translation>暂停或继续实时回放（F6）</translation>
    </message>
    <message>
        <source>Step to the next event</source>
        <translation>前进到下一个事件</translation>
    </message>
    <message>
        <source>While paused: every replay moves on by one event (F7)</source>
        <translation>暂停时：每个回放前进一个事件（F7）</translation>
    </message>
    <message>
        <source>Time cursor</source>
        <translation>时间游标</translation>
    </message>
    <message>
        <source>Pick a moment: every policy&apos;s state then is listed beside the charts</source>
        <translation>选择一个时刻：图表旁会列出各策略在该时刻的状态</translation>
    </message>
    <message>
        <source>Baseline policy</source>
        <translation>基准策略</translation>
    </message>
    <message>
        <source>Comparison against the baseline</source>
        <translation>与基准的比较</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Spee&amp;d:</source>
        <translation>速度(&amp;D)：</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>时间(&amp;M)：</translation>
    </message>
    <message>
        <source>E&amp;xport charts...</source>
        <translation>导出图表(&amp;X)...</translation>
    </message>
    <message>
        <source>Export charts as PNG or SVG</source>
        <translation>将图表导出为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基准(&amp;B)：</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>导出 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>将比较结果导出为 CSV</translation>
    </message>
    <message>
        <source>Live charts</source>
        <translation>实时图表</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Replaying...</source>
        <translation>正在回放...</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>&lt;b&gt;At %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;时刻 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Charts written to %1</source>
        <translation>图表已写入 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>表格已写入 %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>busy GPUs</source>
        <translation>忙碌 GPU</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>not there yet</source>
        <translation>尚未到达</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest state of each replay&lt;/b&gt;</source>
        <translation>&lt;b&gt;各回放的最新状态&lt;/b&gt;</translation>
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
<context>
    <name>debrief::studio::TradeoffChartView</name>
    <message>
        <source>Monthly cost against p95 queueing delay (point size: throughput)</source>
        <translation>月度成本与 p95 排队延迟（点的大小：吞吐量）</translation>
    </message>
    <message>
        <source>Cluster cost per month (US dollars)</source>
        <translation>每月集群成本（美元）</translation>
    </message>
    <message>
        <source>p95 queueing delay (h)</source>
        <translation>p95 排队延迟（小时）</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <source>Trade-off scatter</source>
        <translation>权衡散点图</translation>
    </message>
    <message>
        <source>%1 on %2 GPUs at %3 per GPU-hour
%4 per month, p95 queueing delay %5, %6
Click to replay it live</source>
        <translation>%1，%2 个 GPU，每 GPU 小时 %3
每月 %4，p95 排队延迟 %5，%6
点击以实时回放</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TradeoffPage</name>
    <message>
        <source>&amp;Run sweep</source>
        <translation>运行扫描(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cluster sizes in GPUs</source>
        <translation>以 GPU 计的集群规模</translation>
    </message>
    <message>
        <source>Total GPUs of each cluster to try, separated by commas</source>
        <translation>要尝试的各集群 GPU 总数，用逗号分隔</translation>
    </message>
    <message>
        <source>Prices per GPU-hour in US dollars</source>
        <translation>每 GPU 小时价格（美元）</translation>
    </message>
    <message>
        <source>Prices per GPU-hour to try, separated by commas</source>
        <translation>要尝试的每 GPU 小时价格，用逗号分隔</translation>
    </message>
    <message>
        <source>Run the trade-off sweep</source>
        <translation>运行权衡扫描</translation>
    </message>
    <message>
        <source>Replay every policy on every cluster size and price (Ctrl+Shift+R)</source>
        <translation>在每种集群规模和价格下回放每种策略（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Cancel the sweep</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <source>Cancel the running sweep (Esc)</source>
        <translation>取消正在运行的扫描（Esc）</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Backend: CPU thread pool, %1 threads</source>
        <translation>后端：CPU 线程池，%1 个线程</translation>
    </message>
    <message>
        <source>Load a trace in the Trace Lab, then run the sweep.</source>
        <translation>先在轨迹实验室中加载轨迹，然后运行扫描。</translation>
    </message>
    <message>
        <source>Sweep scenarios</source>
        <translation>扫描场景</translation>
    </message>
    <message>
        <source>Cluster si&amp;zes (GPUs):</source>
        <translation>集群规模（GPU）(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Prices per GPU-hour ($):</source>
        <translation>每 GPU 小时价格（$）(&amp;P)：</translation>
    </message>
    <message>
        <source>E&amp;xport chart...</source>
        <translation>导出图表(&amp;X)...</translation>
    </message>
    <message>
        <source>Export the scatter as PNG or SVG</source>
        <translation>将散点图导出为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>导出 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>Export the scenarios as CSV</source>
        <translation>将场景导出为 CSV</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>权衡</translation>
    </message>
    <message>
        <source>Trace %1: pick sizes and prices, then run the sweep.</source>
        <translation>轨迹 %1：选择规模和价格，然后运行扫描。</translation>
    </message>
    <message>
        <source>Sweeping %1 scenarios...</source>
        <translation>正在扫描 %1 个场景...</translation>
    </message>
    <message>
        <source>Sweep cancelled; the finished scenarios stay.</source>
        <translation>扫描已取消；已完成的场景会保留。</translation>
    </message>
    <message>
        <source>%1 scenarios on the %2 backend; %3 on the Pareto frontier. Click a point to replay it.</source>
        <translation>%2 后端上的 %1 个场景；%3 个位于帕累托前沿。点击某个点即可回放。</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>图表已写入 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Export scenarios</source>
        <translation>导出场景</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Table written to %1</source>
        <translation>表格已写入 %1</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TradeoffPointModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>每 GPU 小时价格</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>每月成本</translation>
    </message>
    <message>
        <source>p95 queueing delay</source>
        <translation>p95 排队延迟</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>On the frontier</source>
        <translation>位于前沿</translation>
    </message>
</context>
</TS>
