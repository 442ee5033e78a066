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
        <source>%1 jobs/h</source>
        <translation>%1 个作业/小时</translation>
    </message>
</context>
<context>
    <name>debrief::interview::AnswerCoach</name>
    <message>
        <source>Quantified claim: %1</source>
        <translation>量化表述：%1</translation>
    </message>
    <message>
        <source>KPI named: %1</source>
        <translation>提到的 KPI：%1</translation>
    </message>
    <message>
        <source>Team or stakeholder named: %1</source>
        <translation>提到的团队或相关方：%1</translation>
    </message>
    <message>
        <source>Proposes a policy or roadmap item: %1</source>
        <translation>提出策略或路线图事项：%1</translation>
    </message>
    <message>
        <source>Quantifies the claim</source>
        <translation>量化了表述</translation>
    </message>
    <message>
        <source>No number with a unit: quantify the gain (%, $, ms, GPU-hours)</source>
        <translation>没有带单位的数字：请量化收益（%、$、ms、GPU 小时）</translation>
    </message>
    <message>
        <source>Ties it to a KPI</source>
        <translation>与 KPI 挂钩</translation>
    </message>
    <message>
        <source>No KPI named: say which metric moves</source>
        <translation>未提到 KPI：请说明哪个指标会变化</translation>
    </message>
    <message>
        <source>Names the teams involved</source>
        <translation>提到了相关团队</translation>
    </message>
    <message>
        <source>No team or stakeholder named</source>
        <translation>未提到团队或相关方</translation>
    </message>
    <message>
        <source>Proposes a policy or roadmap item</source>
        <translation>提出了策略或路线图事项</translation>
    </message>
    <message>
        <source>No proposal: say what you would change</source>
        <translation>没有提议：请说明你会改变什么</translation>
    </message>
    <message>
        <source>None of the catalogue&apos;s mistakes</source>
        <translation>未出现目录中的错误</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>Catalogue mistake: %1. Better: %2</source>
        <translation>目录中的错误：%1。更好的说法：%2</translation>
    </message>
    <message>
        <source>%1 caps the score at %2/100</source>
        <translation>%1：评分上限为 %2/100</translation>
    </message>
    <message>
        <source>Catalogue mistake: %1</source>
        <translation>目录中的错误：%1</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 words, so the score is capped at %3/100</source>
        <translation>太短：%1 个词，不足 %2 个词，因此评分上限为 %3/100</translation>
    </message>
    <message>
        <source>The coach reads English answers only (interviews are held in English), so this answer gets no score.</source>
        <translation>教练只读英文回答（面试以英文进行），因此此回答不计分。</translation>
    </message>
</context>
<context>
    <name>debrief::interview::BudgetAllocation</name>
    <message>
        <source>Allocations sum to %1</source>
        <translation>分配总计 %1</translation>
    </message>
    <message>
        <source>Shares sum to %1 %</source>
        <translation>份额总计 %1%</translation>
    </message>
    <message>
        <source>%1: a share is negative</source>
        <translation>%1：有份额为负数</translation>
    </message>
    <message>
        <source>%1: the whole budget</source>
        <translation>%1：全部预算</translation>
    </message>
    <message>
        <source>%1: balanced</source>
        <translation>%1：平衡</translation>
    </message>
    <message>
        <source>%1: %2 over the budget</source>
        <translation>%1：超出预算 %2</translation>
    </message>
    <message>
        <source>%1: %2 % over</source>
        <translation>%1：超出 %2%</translation>
    </message>
    <message>
        <source>%1: %2 left to allocate</source>
        <translation>%1：还剩 %2 待分配</translation>
    </message>
    <message>
        <source>%1: %2 % left to allocate</source>
        <translation>%1：还剩 %2% 待分配</translation>
    </message>
</context>
<context>
    <name>debrief::interview::Committee</name>
    <message>
        <source>%1 gave %2 %3, %4 gave %5 (%6 points apart).</source>
        <translation>%1 给出 %2 %3，%4 给出 %5（相差 %6 分）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Metric Translation</source>
        <translation>指标转化</translation>
    </message>
    <message>
        <source>Roadmap Alignment</source>
        <translation>路线图一致性</translation>
    </message>
    <message>
        <source>Strategic Fit</source>
        <translation>战略契合度</translation>
    </message>
    <message>
        <source>%1 gave Metric Translation 0: a veto, Strong No whatever else scored.</source>
        <translation>%1 给出指标转化 0：一票否决，无论其他评分如何均为强烈不录用。</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>问题 %1（%2）</translation>
    </message>
    <message>
        <source>Depth, question %1</source>
        <translation>深度，问题 %1</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Vision, question %1</source>
        <translation>愿景，问题 %1</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>愿景</translation>
    </message>
</context>
<context>
    <name>debrief::interview::ContentLibrary</name>
    <message>
        <source>kind `%1` cannot be added by a user (only `questions` and `scenarios`)</source>
        <translation>类型 `%1` 不能由用户添加（仅限 `questions` 和 `scenarios`）</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>%1 %2 is not a whole number</source>
        <translation>%1 %2 不是整数</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3-%4</source>
        <translation>%1 %2 超出 %3-%4</translation>
    </message>
    <message>
        <source>expected exactly %1 %2, found %3</source>
        <translation>应恰好为 %1 个%2，实际为 %3</translation>
    </message>
    <message>
        <source>expected at least %1 %2, found %3</source>
        <translation>应至少为 %1 个%2，实际为 %3</translation>
    </message>
    <message>
        <source>expected at most %1 %2, found %3</source>
        <translation>应至多为 %1 个%2，实际为 %3</translation>
    </message>
    <message>
        <source>id `%1` is not lower-case kebab-case</source>
        <translation>ID `%1` 不是小写 kebab-case 格式</translation>
    </message>
    <message>
        <source>duplicate id `%1`</source>
        <translation>重复的 ID `%1`</translation>
    </message>
    <message>
        <source>%1 `%2` is unknown</source>
        <translation>%1 `%2` 未知</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效 JSON：%2</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>expected kind `%1`, found `%2`</source>
        <translation>应为类型 `%1`，实际为 `%2`</translation>
    </message>
    <message>
        <source>version %1 is not supported (expected 1)</source>
        <translation>不支持版本 %1（应为 1）</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>expected level %1, found %2</source>
        <translation>应为级别 %1，实际为 %2</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>expected score %1, found %2</source>
        <translation>应为分数 %1，实际为 %2</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>证据项</translation>
    </message>
    <message>
        <source>evidence `%1` is unknown</source>
        <translation>证据 `%1` 未知</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>verdicts</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>verdict `%1` for vision %2: depth without vision is not a hire (expected `no` or `strong-no`)</source>
        <translation>愿景 %2 的结论 `%1`：有深度而无愿景不应录用（应为 `no` 或 `strong-no`）</translation>
    </message>
    <message>
        <source>id `%1` is already used by a loaded question</source>
        <translation>ID `%1` 已被已加载的问题使用</translation>
    </message>
    <message>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>追问</translation>
    </message>
    <message>
        <source>fewer than %1 questions for round `%2`</source>
        <translation>轮次 `%2` 的问题少于 %1 个</translation>
    </message>
    <message>
        <source>id `%1` is already used by a loaded scenario</source>
        <translation>ID `%1` 已被已加载的场景使用</translation>
    </message>
    <message>
        <source>budget %1 is not positive</source>
        <translation>预算 %1 不是正数</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>feature requests</source>
        <translation>功能需求</translation>
    </message>
    <message>
        <source>cost %1 is negative</source>
        <translation>成本 %1 为负数</translation>
    </message>
    <message>
        <source>patterns</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>weights sum to %1, expected 100</source>
        <translation>权重之和为 %1，应为 100</translation>
    </message>
    <message>
        <source>no item for round `%1`</source>
        <translation>轮次 `%1` 没有任何清单项</translation>
    </message>
    <message>
        <source>unknown %1 id</source>
        <translation>未知的%1 ID</translation>
    </message>
    <message>
        <source>expected `%1`, found `%2`</source>
        <translation>应为 `%1`，实际为 `%2`</translation>
    </message>
    <message>
        <source>question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>request</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>mistake</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>清单项</translation>
    </message>
</context>
<context>
    <name>debrief::interview::LoopPlanner</name>
    <message>
        <source>Motivation and one cross-team GPU project told with its impact</source>
        <translation>动机，以及一个跨团队 GPU 项目及其影响</translation>
    </message>
    <message>
        <source>End-to-end job flow from scheduler to fabric, capacity planning and latency trade-offs</source>
        <translation>从调度器到网络互连的端到端作业流程、容量规划与延迟权衡</translation>
    </message>
    <message>
        <source>Turning metrics into priorities: KPIs, stakeholders and the Orchestration Impact Score</source>
        <translation>将指标转化为优先级：KPI、相关方与编排影响分</translation>
    </message>
    <message>
        <source>Metrics-to-roadmap translation: map feature requests to KPIs and allocate the budget</source>
        <translation>指标到路线图的转化：将功能需求对应到 KPI 并分配预算</translation>
    </message>
    <message>
        <source>Real role and scope, aligning teams, handling disagreement</source>
        <translation>真实的角色与职责范围、协调团队、处理分歧</translation>
    </message>
</context>
<context>
    <name>debrief::interview::MetricTranslation</name>
    <message>
        <source>%1 GPU-hours a month at %2 is %3; a %4 cut saves %5</source>
        <translation>每月 %1 GPU 小时，按 %2 计为 %3；削减 %4 可节省 %5</translation>
    </message>
</context>
<context>
    <name>debrief::interview::OrchestrationImpactScore</name>
    <message numerus="yes">
        <source>Orchestration Ready: %n month(s) of cross-team orchestration work (at least %1 needed)</source>
        <translation>
            <numerusform>已具备编排能力：%n 个月跨团队编排工作（至少需要 %1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not Orchestration Ready: %n month(s) of cross-team orchestration work, %1 needed</source>
        <translation>
            <numerusform>尚不具备编排能力：%n 个月跨团队编排工作，需要 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::interview::QuantityFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
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
        <source>%1 B</source>
        <translation>%1 十亿</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 千</translation>
    </message>
</context>
<context>
    <name>debrief::interview::Rubric</name>
    <message>
        <source>Strong No</source>
        <translation>强烈不录用</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不录用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>录用</translation>
    </message>
    <message>
        <source>Strong Yes</source>
        <translation>强烈录用</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>无结论</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>初筛</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术面</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>产品经理面</translation>
    </message>
    <message>
        <source>Product Design</source>
        <translation>产品设计</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>领导力</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>可观测性</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
</context>
<context>
    <name>debrief::interview::ScoringRules</name>
    <message>
        <source>Choose one of the four recommendations: there is no neutral one.</source>
        <translation>请从四个推荐结论中选择一个：没有中立选项。</translation>
    </message>
    <message>
        <source>Level %1 is not on the Maturity Matrix: levels run from %2 to %3.</source>
        <translation>成熟度矩阵中没有级别 %1：级别从 %2 到 %3。</translation>
    </message>
    <message>
        <source>The session is finished: its answers, clock and notes no longer change.</source>
        <translation>本次会话已结束：回答、计时和笔记不再更改。</translation>
    </message>
    <message>
        <source>Your scores are submitted and locked. Reopen them to change a mark.</source>
        <translation>您的评分已提交并锁定。重新打开后才能修改评分。</translation>
    </message>
    <message>
        <source>%1&apos;s scores are submitted and locked. Reopen them to change a mark.</source>
        <translation>%1 的评分已提交并锁定。重新打开后才能修改评分。</translation>
    </message>
    <message>
        <source>These scores are already submitted.</source>
        <translation>这些评分已经提交。</translation>
    </message>
    <message>
        <source>There is nothing to submit: no answer has both a Depth and a Vision from this scorer.</source>
        <translation>没有可提交的内容：此评分人没有任何回答同时给出了深度和愿景。</translation>
    </message>
    <message>
        <source>These scores are not submitted: there is nothing to reopen.</source>
        <translation>这些评分尚未提交：没有可重新打开的内容。</translation>
    </message>
    <message>
        <source>%1 of %2 questions have no Depth or no Vision: %3</source>
        <translation>%2 道题中有 %1 道缺少深度或愿景评分：%3</translation>
    </message>
    <message>
        <source>%1 of %2 questions have no answer: %3</source>
        <translation>%2 道题中有 %1 道没有回答：%3</translation>
    </message>
    <message>
        <source>A Vision above %1 needs an evidence item and a written justification before it is submitted: question %2. Complete them or lower the Vision.</source>
        <translation>高于 %1 的愿景评分在提交前需要勾选证据并写下理由：第 %2 题。请补全，或降低愿景评分。</translation>
    </message>
    <message>
        <source>A design round score runs from 0 to %1: %2 is not one.</source>
        <translation>产品设计轮次的评分范围为 0 到 %1：%2 不在其中。</translation>
    </message>
</context>
<context>
    <name>debrief::interview::VerdictGrid</name>
    <message>
        <source>Depth %1 x Vision %2 gives %3</source>
        <translation>深度 %1 x 愿景 %2 得出 %3</translation>
    </message>
    <message>
        <source>Depth and Vision are not both scored</source>
        <translation>深度和愿景未同时评分</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <source>No answer scored by %1 yet</source>
        <translation>%1 尚未为任何回答评分</translation>
    </message>
    <message>
        <source>Metric Translation is 0 in the product design round: Strong No whatever else scored</source>
        <translation>产品设计轮次中指标转化为 0：无论其他评分如何，均为强烈不录用</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>Over %n scored answer(s): mean Depth %1, mean Vision %2 (a mean halfway between two scores rounds down)</source>
        <translation>
            <numerusform>%n 个已评分回答：平均深度 %1，平均愿景 %2（恰好处于两个分数中间的平均值向下取整）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n scored answer(s): mean Depth %1, mean Vision %2</source>
        <translation>
            <numerusform>%n 个已评分回答：平均深度 %1，平均愿景 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::interview::VisionCap</name>
    <message>
        <source>Vision %1 capped to %2: no evidence item ticked and no written justification</source>
        <translation>愿景 %1 被限制为 %2：未勾选任何证据且没有书面理由</translation>
    </message>
    <message>
        <source>Vision %1 capped to %2: no evidence item ticked</source>
        <translation>愿景 %1 被限制为 %2：未勾选任何证据</translation>
    </message>
    <message>
        <source>Vision %1 capped to %2: no written justification</source>
        <translation>愿景 %1 被限制为 %2：没有书面理由</translation>
    </message>
</context>
<context>
    <name>debrief::report::CandidateSummaryReport</name>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (no baseline: counts as no gain)</source>
        <translation>%1：%2 → %3（无基线：按无提升计）</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4 worse: counts as no gain)</source>
        <translation>%1：%2 → %3（变差 %4：按无提升计）</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4 better)</source>
        <translation>%1：%2 → %3（改善 %4）</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Solo project, %1: not cross-team work</source>
        <translation>单人项目，%1：非跨团队工作</translation>
    </message>
    <message>
        <source>With %1 · %2</source>
        <translation>合作团队：%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Cross-team collaborations × measured gain in percent, summed over %n project(s).</source>
        <translation>
            <numerusform>跨团队协作数 × 实测提升百分比，对 %n 个项目求和。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已具备</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>尚不具备</translation>
    </message>
    <message>
        <source>Projects with at least one other team count; their months add up.</source>
        <translation>至少涉及一个其他团队的项目才计入；其月数累加。</translation>
    </message>
    <message>
        <source>Orchestration Impact Score</source>
        <translation>编排影响分</translation>
    </message>
    <message>
        <source>Orchestration Ready</source>
        <translation>编排就绪</translation>
    </message>
    <message>
        <source>Impact map: project → KPI → roadmap item</source>
        <translation>影响图：项目 → KPI → 路线图事项</translation>
    </message>
    <message>
        <source>Candidate summary: %1</source>
        <translation>候选人概要：%1</translation>
    </message>
    <message numerus="yes">
        <source>Project portfolio as of %1 · %n project(s)</source>
        <translation>
            <numerusform>项目组合，截至 %1 · %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) × %1</source>
        <translation>
            <numerusform>%n 个团队 × %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: the portfolio could not be read: %2</source>
        <translation>无法写入 %1：无法读取项目组合：%2</translation>
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
        <translation>%1 / %2（录入 %3）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>%1 (scored in this studio)</source>
        <translation>%1（在本工作室中评分）</translation>
    </message>
    <message>
        <source>%1 (imported from %2, %3)</source>
        <translation>%1（导入自 %2，%3）</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <translation>#%1，%2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Scorers</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>No scorecards yet</source>
        <translation>尚无评分卡</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message numerus="yes">
        <source>%n split(s)</source>
        <translation>
            <numerusform>%n 处分歧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n veto(es)</source>
        <translation>
            <numerusform>%n 次否决</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <source>No answers were scored in this session.</source>
        <translation>本会话中没有已评分的回答。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1
Depth / Vision</source>
        <translation>%1
深度 / 愿景</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Each scorer&apos;s Depth / Vision, each 1 to 4, Vision after the evidence cap (as entered in brackets when capped). Highlighted: the two scorers furthest apart where they differ by two points or more.</source>
        <translation>每位评分人的深度 / 愿景，各为 1 到 4，愿景为证据上限之后的值（被限制时括号内为录入值）。高亮：相差两分或以上时相距最远的两位评分人。</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>No splits of two points or more and no vetoes: the scorers agree.</source>
        <translation>没有两分或以上的分歧，也没有否决：评分人意见一致。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Each scorer&apos;s Vision score with the evidence ticked and the justification given, so the committee can check them.</source>
        <translation>每位评分人的愿景分、勾选的证据与给出的理由，便于委员会核查。</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>问题 %1（%2）</translation>
    </message>
    <message>
        <source>Scorer</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>愿景</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1 (entered %2, capped)</source>
        <translation>%1（录入 %2，已限制）</translation>
    </message>
    <message>
        <source>No justification given</source>
        <translation>未给出理由</translation>
    </message>
    <message>
        <source>Nobody scored this answer.</source>
        <translation>无人为此回答评分。</translation>
    </message>
    <message>
        <source>%1 (Depth %2, Vision %3)</source>
        <translation>%1（深度 %2，愿景 %3）</translation>
    </message>
    <message>
        <source>Verdict grid</source>
        <translation>结论网格</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No session-level marks were given.</source>
        <translation>未给出会话级评分。</translation>
    </message>
    <message>
        <source>Not decided yet: the committee has not recorded its decision.</source>
        <translation>尚未决定：委员会尚未记录其决定。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>未给出理由</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>会话概要</translation>
    </message>
    <message>
        <source>Marks per answer</source>
        <translation>逐题评分</translation>
    </message>
    <message>
        <source>Depth × Vision: every scorer&apos;s answers</source>
        <translation>深度 × 愿景：每位评分人的回答</translation>
    </message>
    <message>
        <source>Vision justifications</source>
        <translation>愿景理由</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Session-level marks</source>
        <translation>会话级评分</translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation>委员会决定</translation>
    </message>
    <message>
        <source>Committee debrief: %1</source>
        <translation>委员会复盘：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n scorer(s)</source>
        <translation>
            <numerusform>%1 · %n 位评分人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n draft score(s) left out</source>
        <translation>
            <numerusform>；%n 个草稿评分未计入</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::report::DepthVisionGridPainter</name>
    <message>
        <source>Vision</source>
        <translation>愿景</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Vision capped: evidence missing</source>
        <translation>愿景被封顶：缺少证据</translation>
    </message>
</context>
<context>
    <name>debrief::report::ImpactMapPainter</name>
    <message>
        <source>No roadmap item yet</source>
        <translation>尚无路线图事项</translation>
    </message>
    <message numerus="yes">
        <source>%n more project(s) with lower scores not shown here (%1 together); the total includes them.</source>
        <translation>
            <numerusform>另有 %n 个得分较低的项目未在此显示（合计 %1）；总分已包含它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>No projects in the portfolio yet. Add cross-team projects with a measured before and after to map them to KPIs and the roadmap.</source>
        <translation>项目组合中尚无项目。添加具有实测前后数据的跨团队项目，即可将其对应到 KPI 和路线图。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Product KPI</source>
        <translation>产品 KPI</translation>
    </message>
    <message>
        <source>Roadmap item</source>
        <translation>路线图事项</translation>
    </message>
    <message>
        <source>Impact score</source>
        <translation>影响分</translation>
    </message>
</context>
<context>
    <name>debrief::report::MaturityRadarPainter</name>
    <message>
        <source>Level %1: the bar</source>
        <translation>级别 %1：门槛</translation>
    </message>
</context>
<context>
    <name>debrief::report::ReportDocument</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>无法写入 %1：无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Cannot write %1: a new page could not be started.</source>
        <translation>无法写入 %1：无法开始新的一页。</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be finished.</source>
        <translation>无法写入 %1：无法完成 PDF。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: a file has that name.</source>
        <translation>无法创建文件夹 %1：已有同名文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>debrief::report::ReportTerms</name>
    <message>
        <source>Solo practice</source>
        <translation>单人练习</translation>
    </message>
    <message>
        <source>Live mock interview</source>
        <translation>现场模拟面试</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>debrief::report::ScorecardReport</name>
    <message>
        <source>Self (the candidate)</source>
        <translation>自评（候选人）</translation>
    </message>
    <message>
        <source>Live mock interview</source>
        <translation>现场模拟面试</translation>
    </message>
    <message>
        <source>Solo practice</source>
        <translation>单人练习</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Interrupted (resumable)</source>
        <translation>已中断（可继续）</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Depth × Vision grid</source>
        <translation>深度 × 愿景网格</translation>
    </message>
    <message>
        <source>Maturity Matrix</source>
        <translation>成熟度矩阵</translation>
    </message>
    <message>
        <source>Product design round</source>
        <translation>产品设计轮</translation>
    </message>
    <message>
        <source>Answers and coach findings</source>
        <translation>回答与教练发现</translation>
    </message>
    <message>
        <source>Interviewer notes</source>
        <translation>面试官笔记</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>不存在会话 %1。</translation>
    </message>
    <message>
        <source>Scorecard: %1, %2</source>
        <translation>评分卡：%1，%2</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>导出已取消：未写入 %1。</translation>
    </message>
    <message>
        <source>Interview scorecard</source>
        <translation>面试评分卡</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Final recommendation</source>
        <translation>最终推荐结论</translation>
    </message>
    <message>
        <source>not given yet</source>
        <translation>尚未给出</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>none written</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Strategic Fit</source>
        <translation>战略契合度</translation>
    </message>
    <message>
        <source>Product design</source>
        <translation>产品设计</translation>
    </message>
    <message>
        <source>Metric Translation</source>
        <translation>指标转化</translation>
    </message>
    <message>
        <source>0 / 4: a veto, the verdict is Strong No whatever else was scored</source>
        <translation>0 / 4：否决，无论其他评分如何，结论均为强烈不录用</translation>
    </message>
    <message>
        <source>Roadmap Alignment</source>
        <translation>路线图一致性</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (vetoed)</source>
        <translation>（已否决）</translation>
    </message>
    <message>
        <source>No submitted scores yet: there is no verdict.</source>
        <translation>尚无已提交的评分：没有结论。</translation>
    </message>
    <message>
        <source>Scores that were not submitted are left out of this scorecard: %1.</source>
        <translation>未提交的评分不计入本评分卡：%1。</translation>
    </message>
    <message>
        <source>Each mark is one interviewer&apos;s Depth and Vision tags on one answer, Vision after the evidence cap; each cell is tinted with the verdict it gives.</source>
        <translation>每个标记是一位面试官对一个回答的深度和愿景评分，愿景为证据封顶之后的值；每个格子按其给出的结论着色。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>愿景</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 → %2 (capped)</source>
        <translation>%1 → %2（已封顶）</translation>
    </message>
    <message>
        <source>No questions were asked in this session.</source>
        <translation>本次会话没有提问。</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自我评估</translation>
    </message>
    <message>
        <source>Levels against the Level %1 bar</source>
        <translation>各级别与级别 %1 门槛对比</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Against the bar</source>
        <translation>与门槛相比</translation>
    </message>
    <message>
        <source>Self − interviewer</source>
        <translation>自评 − 面试官</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评级</translation>
    </message>
    <message numerus="yes">
        <source>%n below the bar (%1)</source>
        <translation>
            <numerusform>低于门槛 %n 级（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n above the bar (%1)</source>
        <translation>
            <numerusform>高于门槛 %n 级（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>at the bar (%1)</source>
        <translation>达到门槛（%1）</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>级别 %1</translation>
    </message>
    <message>
        <source>Level %1: the bar</source>
        <translation>级别 %1：门槛</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Self-assessment and interviewer levels cannot be compared: one of them is missing.</source>
        <translation>无法比较自我评估与面试官级别：其中一方缺失。</translation>
    </message>
    <message>
        <source>Mean gap %1 level(s) (self − interviewer), %2 on average either way.</source>
        <translation>平均差距 %1 级（自评 − 面试官），绝对值平均 %2 级。</translation>
    </message>
    <message>
        <source>Largest over-estimate: %1 (self %2, interviewer %3).</source>
        <translation>最大高估：%1（自评 %2，面试官 %3）。</translation>
    </message>
    <message>
        <source>Largest under-estimate: %1 (self %2, interviewer %3).</source>
        <translation>最大低估：%1（自评 %2，面试官 %3）。</translation>
    </message>
    <message>
        <source>This session had no product design round.</source>
        <translation>本次会话没有产品设计轮。</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>场景：%1</translation>
    </message>
    <message>
        <source>Quarterly budget: %1</source>
        <translation>季度预算：%1</translation>
    </message>
    <message>
        <source>Scenario %1 is not in the loaded content; request ids are shown as stored.</source>
        <translation>已加载的内容中没有场景 %1；需求 ID 按存储原样显示。</translation>
    </message>
    <message>
        <source>Budget allocation</source>
        <translation>预算分配</translation>
    </message>
    <message>
        <source>No budget was allocated.</source>
        <translation>未分配任何预算。</translation>
    </message>
    <message>
        <source>KPIs and expected impact</source>
        <translation>KPI 与预期影响</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Expected impact</source>
        <translation>预期影响</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Metric translation</source>
        <translation>指标转化</translation>
    </message>
    <message>
        <source>Expected gain × confidence</source>
        <translation>预期收益 × 置信度</translation>
    </message>
    <message>
        <source>Budget per point of gain</source>
        <translation>每个收益百分点的预算</translation>
    </message>
    <message>
        <source>no expected gain</source>
        <translation>无预期收益</translation>
    </message>
    <message>
        <source>Weighted roadmap score (expected impact × confidence × share): %1</source>
        <translation>加权路线图得分（预期影响 × 置信度 × 份额）：%1</translation>
    </message>
    <message>
        <source>Metric Translation score: %1</source>
        <translation>指标转化评分：%1</translation>
    </message>
    <message>
        <source> (a veto: the verdict is Strong No)</source>
        <translation>（否决：结论为强烈不录用）</translation>
    </message>
    <message>
        <source>Trace Lab evidence</source>
        <translation>轨迹实验室证据</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>the candidate&apos;s own words (no saved Trace Lab analysis)</source>
        <translation>候选人自己的说法（没有保存的轨迹实验室分析）</translation>
    </message>
    <message>
        <source>Trace Lab analysis &quot;%1&quot;: %2</source>
        <translation>轨迹实验室分析“%1”：%2</translation>
    </message>
    <message>
        <source>Cluster cost a month: %1</source>
        <translation>集群每月成本：%1</translation>
    </message>
    <message>
        <source>Q%1 · %2</source>
        <translation>Q%1 · %2</translation>
    </message>
    <message>
        <source>No answer recorded.</source>
        <translation>未记录回答。</translation>
    </message>
    <message>
        <source>Coach score: %1 / 100</source>
        <translation>教练评分：%1 / 100</translation>
    </message>
    <message>
        <source>To improve: %1</source>
        <translation>待改进：%1</translation>
    </message>
    <message>
        <source>No notes were taken in this session.</source>
        <translation>本次会话没有记录笔记。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Drills due</source>
        <translation>到期的练习</translation>
    </message>
    <message>
        <source>No drills are due for %1.</source>
        <translation>%1 没有到期的练习。</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Weakest dimensions</source>
        <translation>最弱的维度</translation>
    </message>
    <message>
        <source>No Maturity Matrix levels were given in this session.</source>
        <translation>本次会话没有给出成熟度矩阵级别。</translation>
    </message>
    <message>
        <source>%1: level %2 (interviewer)</source>
        <translation>%1：级别 %2（面试官）</translation>
    </message>
    <message>
        <source>%1: level %2 (self)</source>
        <translation>%1：级别 %2（自评）</translation>
    </message>
    <message>
        <source>Next: level %1, %2: %3</source>
        <translation>下一步：级别 %1，%2：%3</translation>
    </message>
    <message>
        <source>Below the Level %1 bar: drill it before the next mock.</source>
        <translation>低于级别 %1 门槛：在下次模拟面试前练习。</translation>
    </message>
</context>
<context>
    <name>debrief::storage</name>
    <message>
        <source>there is no saved analysis %1</source>
        <translation>不存在已保存的分析 %1</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>无法读取 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is not a Debrief Studio database (%2)</source>
        <translation>%1 不是 Debrief Studio 数据库（%2）</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <translation>%1 已损坏（%2）</translation>
    </message>
    <message>
        <source>%1 was written by a newer Debrief Studio (%2)</source>
        <translation>%1 由更新版本的 Debrief Studio 写入（%2）</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2)</source>
        <translation>无法打开 %1（%2）</translation>
    </message>
    <message>
        <source>there is no drill card %1</source>
        <translation>不存在练习卡 %1</translation>
    </message>
    <message>
        <source>there is no portfolio project %1</source>
        <translation>不存在作品集项目 %1</translation>
    </message>
    <message>
        <source>migrating the schema from version %1 to %2 failed: %3</source>
        <translation>将架构从版本 %1 迁移到 %2 失败：%3</translation>
    </message>
    <message>
        <source>there is no session %1</source>
        <translation>不存在会话 %1</translation>
    </message>
    <message>
        <source>session %1 has no question %2</source>
        <translation>会话 %1 没有问题 %2</translation>
    </message>
    <message>
        <source>session %1 has no product design round</source>
        <translation>会话 %1 没有产品设计轮次</translation>
    </message>
    <message>
        <source>cannot prepare `%1`: %2</source>
        <translation>无法准备 `%1`：%2</translation>
    </message>
    <message>
        <source>`%1` failed: %2</source>
        <translation>`%1` 失败：%2</translation>
    </message>
    <message>
        <source>a checklist item needs an id</source>
        <translation>清单项需要一个 ID</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>debrief::storage::CommitteeStore</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>a stored committee scorecard of session %1 cannot be read: %2</source>
        <translation>无法读取会话 %1 中已保存的委员会评分卡：%2</translation>
    </message>
    <message>
        <source>session %1 has no committee scorecard by %2</source>
        <translation>会话 %1 没有 %2 的委员会评分卡</translation>
    </message>
    <message>
        <source>a committee decision needs one of Strong No, No, Yes, Strong Yes</source>
        <translation>委员会决定必须是“强烈不录用”“不录用”“录用”“强烈录用”之一</translation>
    </message>
    <message>
        <source>a committee decision needs a reason</source>
        <translation>委员会决定需要理由</translation>
    </message>
    <message>
        <source>the scorecard is about %1, session %2 about %3</source>
        <translation>评分卡针对的是 %1，会话 %2 针对的是 %3</translation>
    </message>
    <message>
        <source>the scorecard&apos;s session is `%1`, session %2 is `%3`</source>
        <translation>评分卡的会话为 `%1`，会话 %2 为 `%3`</translation>
    </message>
    <message>
        <source>the scorecard&apos;s session started %1, session %2 started %3: the interviewers must score the session exported from this studio (debrief-cli scorecard export %2 --interviewer NAME --out FILE.json) and send that file back</source>
        <translation>评分卡的会话开始于 %1，会话 %2 开始于 %3：面试官必须为从本工作室导出的会话评分（debrief-cli scorecard export %2 --interviewer NAME --out FILE.json），并发回该文件</translation>
    </message>
</context>
<context>
    <name>debrief::storage::Database</name>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation>没有 SQLite 文件头</translation>
    </message>
    <message>
        <source>schema version %1; this version reads up to %2</source>
        <translation>架构版本 %1；此版本最多读取到 %2</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>完整性检查：%1</translation>
    </message>
    <message>
        <source>%1: SQLite keeps the journal mode `%2` instead of WAL</source>
        <translation>%1：SQLite 保持日志模式 `%2`，而不是 WAL</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 未打开</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2; nothing was changed</source>
        <translation>无法将 %1 复制到 %2；未做任何更改</translation>
    </message>
    <message>
        <source>cannot replace %1 (its copy is %2)</source>
        <translation>无法替换 %1（其副本为 %2）</translation>
    </message>
    <message>
        <source>cannot copy it to %1 to roll back its journal</source>
        <translation>无法将其复制到 %1 以回滚其日志</translation>
    </message>
    <message>
        <source>the header names no valid page size</source>
        <translation>文件头中没有有效的页大小</translation>
    </message>
    <message>
        <source>the file is %1 bytes, not a whole number of its %2-byte pages: it was cut short</source>
        <translation>文件大小为 %1 字节，不是其 %2 字节页的整数倍：文件被截断了</translation>
    </message>
    <message>
        <source>the file holds %1 pages but its header counts %2: it was cut short</source>
        <translation>文件只有 %1 页，但文件头记录为 %2 页：文件被截断了</translation>
    </message>
    <message>
        <source>the file is read-only; make it writable (for example `chmod u+w`), or copy it to a writable place and open the copy with --db</source>
        <translation>文件为只读；请将其设为可写（例如 `chmod u+w`），或将其复制到可写的位置并用 --db 打开副本</translation>
    </message>
    <message>
        <source>its folder %1 is read-only, and SQLite keeps its -wal and -shm files beside the database; make the folder writable, or copy the file to a writable folder and open the copy with --db</source>
        <translation>其所在文件夹 %1 为只读，而 SQLite 需要在数据库旁创建 -wal 和 -shm 文件；请将该文件夹设为可写，或将文件复制到可写的文件夹并用 --db 打开副本</translation>
    </message>
</context>
<context>
    <name>debrief::storage::ScorecardExchange</name>
    <message>
        <source>session %1 has no scorecard by %2 (interviewers: %3)</source>
        <translation>会话 %1 没有 %2 的评分卡（面试官：%3）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2-%3)</source>
        <translation>%1 超出范围（%2-%3）</translation>
    </message>
    <message>
        <source>unknown %1 `%2`</source>
        <translation>未知的%1 `%2`</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>unknown dimension `%1`</source>
        <translation>未知维度 `%1`</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>不是 JSON（%1，位于偏移量 %2）</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>unknown version %1 (this build reads version %2)</source>
        <translation>未知版本 %1（此版本读取版本 %2）</translation>
    </message>
    <message>
        <source>`%1` is not an ISO 8601 date-time</source>
        <translation>`%1` 不是 ISO 8601 日期时间</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>round `%1` is not one of the session&apos;s rounds</source>
        <translation>轮次 `%1` 不属于本会话的轮次</translation>
    </message>
    <message>
        <source>evidence id</source>
        <translation>证据 ID</translation>
    </message>
    <message>
        <source>expected a boolean, found %1</source>
        <translation>应为布尔值，实际为 %1</translation>
    </message>
    <message>
        <source>missing justification: Vision %1 needs at least one evidence item</source>
        <translation>缺少理由：愿景 %1 至少需要一项证据</translation>
    </message>
    <message>
        <source>missing justification: Vision %1 needs a written reason</source>
        <translation>缺少理由：愿景 %1 需要书面理由</translation>
    </message>
    <message>
        <source>a second score for `%1` in round `%2`</source>
        <translation>轮次 `%2` 中 `%1` 的第二个评分</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>推荐结论</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>`%1` has no time zone: end it with &quot;Z&quot; (UTC) or an offset such as &quot;+01:00&quot;</source>
        <translation>`%1` 没有时区：请以 &quot;Z&quot;（UTC）或 &quot;+01:00&quot; 这样的偏移量结尾</translation>
    </message>
    <message>
        <source>not a Debrief Studio %1 (expected &quot;%2&quot;)</source>
        <translation>不是 Debrief Studio %1（应为 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>session file</source>
        <translation>会话文件</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 allowed</source>
        <translation>%1 个字符，超过允许的 %2 个</translation>
    </message>
    <message>
        <source>control character U+%1 at character %2</source>
        <translation>第 %2 个字符处有控制字符 U+%1</translation>
    </message>
    <message>
        <source>%1 items, more than the %2 allowed</source>
        <translation>%1 项，超过允许的 %2 项</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 allowed</source>
        <translation>%1 字节，超过允许的 %2 字节</translation>
    </message>
    <message>
        <source>unknown question `%1`: not in this studio&apos;s question bank</source>
        <translation>未知问题 `%1`：不在本工作室的题库中</translation>
    </message>
    <message>
        <source>unknown scenario `%1`: not in this studio&apos;s scenarios</source>
        <translation>未知场景 `%1`：不在本工作室的场景中</translation>
    </message>
</context>
<context>
    <name>debrief::storage::SessionStore</name>
    <message>
        <source>session %1 has no note %2</source>
        <translation>会话 %1 没有笔记 %2</translation>
    </message>
</context>
<context>
    <name>debrief::studio::Accessibility</name>
    <message>
        <source>Answers placed: %1</source>
        <translation>已放置的回答：%1</translation>
    </message>
    <message>
        <source>Depth %1, Vision %2 selected: %3</source>
        <translation>已选中深度 %1、愿景 %2：%3</translation>
    </message>
    <message>
        <source>%1 by %2, capped by evidence</source>
        <translation>%1（%2），因证据不足封顶</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Depth %1, Vision %2</source>
        <translation>深度 %1，愿景 %2</translation>
    </message>
    <message>
        <source>Vision %1</source>
        <translation>愿景 %1</translation>
    </message>
    <message>
        <source>Depth %1</source>
        <translation>深度 %1</translation>
    </message>
    <message>
        <source>Maturity Matrix</source>
        <translation>成熟度矩阵</translation>
    </message>
    <message>
        <source>%1: self level %2, interviewer level %3</source>
        <translation>%1：自评级别 %2，面试官级别 %3</translation>
    </message>
    <message>
        <source>%1: self level %2</source>
        <translation>%1：自评级别 %2</translation>
    </message>
    <message>
        <source>%1: interviewer level %2</source>
        <translation>%1：面试官级别 %2</translation>
    </message>
    <message>
        <source>No level placed</source>
        <translation>尚未评定级别</translation>
    </message>
    <message>
        <source>Selected by self and interviewer</source>
        <translation>自评和面试官均已选择</translation>
    </message>
    <message>
        <source>Selected by self</source>
        <translation>自评已选择</translation>
    </message>
    <message>
        <source>Selected by the interviewer</source>
        <translation>面试官已选择</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>无数据点</translation>
    </message>
    <message>
        <source>last %1 at %2, lowest %3, highest %4</source>
        <translation>最新 %1（%2），最低 %3，最高 %4</translation>
    </message>
    <message>
        <source>cost %1, impact %2</source>
        <translation>成本 %1，影响 %2</translation>
    </message>
    <message>
        <source>%1, on the Pareto frontier</source>
        <translation>%1，位于帕累托前沿</translation>
    </message>
    <message>
        <source>Scenarios: %1, on the Pareto frontier: %2</source>
        <translation>场景：%1，位于帕累托前沿：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Radar chart</source>
        <translation>雷达图</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>%1, day %2</source>
        <translation>%1，第 %2 天</translation>
    </message>
    <message>
        <source>%1, day %2, %3 prepared</source>
        <translation>%1，第 %2 天，已准备 %3</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <source>%1 rounds, decision on %2</source>
        <translation>%1 轮，%2 作出决定</translation>
    </message>
</context>
<context>
    <name>debrief::studio::AnalysesBucketModel</name>
    <message>
        <source>GPUs %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>Run time &lt; 10 min</source>
        <translation>运行时间 &lt; 10 分钟</translation>
    </message>
    <message>
        <source>Run time &lt; 1 h</source>
        <translation>运行时间 &lt; 1 小时</translation>
    </message>
    <message>
        <source>Run time &lt; 6 h</source>
        <translation>运行时间 &lt; 6 小时</translation>
    </message>
    <message>
        <source>Run time &lt; 1 day</source>
        <translation>运行时间 &lt; 1 天</translation>
    </message>
    <message>
        <source>Run time ≥ 1 day</source>
        <translation>运行时间 ≥ 1 天</translation>
    </message>
    <message>
        <source>No accepted job falls in this bucket</source>
        <translation>没有已接受的作业落在此分组中</translation>
    </message>
    <message>
        <source>Jobs grouped by the GPUs they ask for (0, 1, 2, 3-4, 5-8, 9-16, 17-64, &gt;64) and by run time (&lt; 10 min, &lt; 1 h, &lt; 6 h, &lt; 1 day, longer; upper bounds exclusive, so 600 s is &lt; 1 h)</source>
        <translation>作业按请求的 GPU 数分组（0、1、2、3-4、5-8、9-16、17-64、&gt;64），并按运行时间分组（&lt; 10 分钟、&lt; 1 小时、&lt; 6 小时、&lt; 1 天、更长；上限不含，因此 600 秒属于 &lt; 1 小时）</translation>
    </message>
    <message>
        <source>Accepted jobs in the bucket (the same under every policy)</source>
        <translation>分组中已接受的作业（每种策略下相同）</translation>
    </message>
    <message>
        <source>Queueing delay = first start - submit; nearest-rank percentile over the bucket&apos;s jobs</source>
        <translation>排队延迟 = 首次启动 - 提交；按最近秩计算分组内作业的百分位数</translation>
    </message>
    <message>
        <source>Bounded slowdown = JCT / max(run time, 10 s); nearest-rank percentile over the bucket&apos;s jobs</source>
        <translation>有界减速比 = JCT / max(运行时间, 10 秒)；按最近秩计算分组内作业的百分位数</translation>
    </message>
    <message>
        <source>Jobs by</source>
        <translation>作业分组</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>%1
queueing p50</source>
        <translation>%1
排队 p50</translation>
    </message>
    <message>
        <source>%1
queueing p95</source>
        <translation>%1
排队 p95</translation>
    </message>
    <message>
        <source>%1
slowdown p50</source>
        <translation>%1
减速比 p50</translation>
    </message>
    <message>
        <source>%1
slowdown p95</source>
        <translation>%1
减速比 p95</translation>
    </message>
</context>
<context>
    <name>debrief::studio::AnalysesSummaryModel</name>
    <message>
        <source>The replayed policy</source>
        <translation>回放的策略</translation>
    </message>
    <message>
        <source>Waiting time = (end - submit) - run time: queued before the first start, preempted after it, plus any restart penalty. Equals the queueing delay under non-preemptive policies. p95 over the accepted jobs (nearest rank).</source>
        <translation>等待时间 = (结束 - 提交) - 运行时间：首次启动前的排队时间、之后被抢占的时间，以及重启惩罚。在非抢占式策略下等于排队延迟。已接受作业的 p95（最近秩）。</translation>
    </message>
    <message>
        <source>Preempted time = the seconds a job spent off its GPUs after its first start, from each preemption until it ran again; 0 for jobs never preempted. p95 over the accepted jobs.</source>
        <translation>被抢占时间 = 作业首次启动后离开其 GPU 的秒数，从每次抢占到再次运行；从未被抢占的作业为 0。已接受作业的 p95。</translation>
    </message>
    <message>
        <source>Accepted jobs preempted at least once</source>
        <translation>至少被抢占一次的已接受作业</translation>
    </message>
    <message>
        <source>Lost work = restart penalty seconds re-run after preemptions x the job&apos;s GPUs, summed over the jobs, in GPU-hours (srtf&apos;s restart penalty; 0 for other policies)</source>
        <translation>损失的工作量 = 抢占后因重启惩罚重新运行的秒数 × 作业的 GPU 数，对所有作业求和，单位为 GPU 小时（srtf 的重启惩罚；其他策略为 0）</translation>
    </message>
    <message>
        <source>Jain&apos;s index J = (sum x)² / (m × sum x²) over the m users&apos; mean bounded slowdown: 1 when every user&apos;s jobs are slowed alike, 1/m when one user takes all of it. Jobs without a user are left out.</source>
        <translation>Jain 指数 J = (Σx)² / (m × Σx²)，基于 m 个用户的平均有界减速比：每个用户的作业减速相同时为 1，一个用户承担全部减速时为 1/m。没有用户的作业不计入。</translation>
    </message>
    <message>
        <source>Jain&apos;s index J = (sum x)² / (m × sum x²) over the m virtual clusters&apos; mean bounded slowdown: 1 when every virtual cluster&apos;s jobs are slowed alike, 1/m when one takes all of it. Jobs without a virtual cluster are left out.</source>
        <translation>Jain 指数 J = (Σx)² / (m × Σx²)，基于 m 个虚拟集群的平均有界减速比：每个虚拟集群的作业减速相同时为 1，一个虚拟集群承担全部减速时为 1/m。没有虚拟集群的作业不计入。</translation>
    </message>
    <message>
        <source>The trace names no user, so there is nobody to compare</source>
        <translation>该追踪未列出任何用户，因此没有可比较的对象</translation>
    </message>
    <message>
        <source>The trace names no virtual cluster, so there is nothing to compare</source>
        <translation>该追踪未列出任何虚拟集群，因此没有可比较的对象</translation>
    </message>
    <message>
        <source>Users compared: %1</source>
        <translation>比较的用户数：%1</translation>
    </message>
    <message>
        <source>Virtual clusters compared: %1</source>
        <translation>比较的虚拟集群数：%1</translation>
    </message>
    <message>
        <source>%1 GPU-h</source>
        <translation>%1 GPU 小时</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>p95 waiting</source>
        <translation>p95 等待</translation>
    </message>
    <message>
        <source>p95 preempted</source>
        <translation>p95 被抢占</translation>
    </message>
    <message>
        <source>Jobs preempted</source>
        <translation>被抢占的作业</translation>
    </message>
    <message>
        <source>Lost work</source>
        <translation>损失的工作量</translation>
    </message>
    <message>
        <source>Jain (users)</source>
        <translation>Jain（用户）</translation>
    </message>
    <message>
        <source>Jain (virtual clusters)</source>
        <translation>Jain（虚拟集群）</translation>
    </message>
</context>
<context>
    <name>debrief::studio::AnalysesView</name>
    <message>
        <source>All, side by side</source>
        <translation>全部，并排</translation>
    </message>
    <message>
        <source>Replay the trace to see its analyses: JCT and slowdown CDFs, waiting and preempted time, fairness, and delays by job size and run time. A saved analysis does not keep them.</source>
        <translation>回放该追踪即可查看其分析：JCT 和减速比的 CDF、等待和被抢占时间、公平性，以及按作业规模和运行时间划分的延迟。已保存的分析不包含这些内容。</translation>
    </message>
    <message>
        <source>JCT CDF (share of jobs)</source>
        <translation>JCT CDF（作业占比）</translation>
    </message>
    <message>
        <source>JCT CDF chart</source>
        <translation>JCT CDF 图</translation>
    </message>
    <message>
        <source>Job completion time (JCT) = end - submit. A line at height y over x: that share of the policy&apos;s accepted jobs completed within x of their submit.</source>
        <translation>作业完成时间（JCT）= 结束 - 提交。曲线在 x 处的高度 y：该策略下这一比例的已接受作业在提交后 x 时间内完成。</translation>
    </message>
    <message>
        <source>Bounded slowdown CDF (share of jobs)</source>
        <translation>有界减速比 CDF（作业占比）</translation>
    </message>
    <message>
        <source>Bounded slowdown CDF chart</source>
        <translation>有界减速比 CDF 图</translation>
    </message>
    <message>
        <source>Bounded slowdown = JCT / max(run time, 10 s): 1 means the job never waited. A line at height y over x: that share of the jobs was slowed down by at most x.</source>
        <translation>有界减速比 = JCT / max(运行时间, 10 秒)：1 表示作业从未等待。曲线在 x 处的高度 y：这一比例的作业减速不超过 x。</translation>
    </message>
    <message>
        <source>JCTs span seconds to days: a log axis spreads the short ones out</source>
        <translation>JCT 从几秒到几天不等：对数坐标轴能把较短的值展开</translation>
    </message>
    <message>
        <source>Waiting, preemption and fairness per policy</source>
        <translation>各策略的等待、抢占与公平性</translation>
    </message>
    <message>
        <source>Policy of the bucket table</source>
        <translation>分组表的策略</translation>
    </message>
    <message>
        <source>One policy&apos;s buckets, or every policy&apos;s side by side</source>
        <translation>单个策略的分组，或所有策略并排</translation>
    </message>
    <message>
        <source>Queueing delay and slowdown by job size and run time</source>
        <translation>按作业规模和运行时间划分的排队延迟和减速比</translation>
    </message>
    <message>
        <source>Delays by job si&amp;ze and run time for:</source>
        <translation>按作业规模和运行时间划分的延迟(&amp;Z)：</translation>
    </message>
    <message>
        <source>Log scale for &amp;JCT and slowdown</source>
        <translation>对 JCT 和减速比使用对数刻度(&amp;J)</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>分析</translation>
    </message>
</context>
<context>
    <name>debrief::studio::AnalysisListDialog</name>
    <message>
        <source>Open analysis</source>
        <translation>打开分析</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Saved analyses</source>
        <translation>已保存的分析</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>删除(&amp;D)...</translation>
    </message>
    <message>
        <source>Delete the selected analysis</source>
        <translation>删除所选分析</translation>
    </message>
    <message>
        <source>%1 (%2 jobs)</source>
        <translation>%1（%2 个作业）</translation>
    </message>
    <message>
        <source>Cannot read the saved analyses: %1</source>
        <translation>无法读取已保存的分析：%1</translation>
    </message>
    <message>
        <source>Delete analysis</source>
        <translation>删除分析</translation>
    </message>
    <message>
        <source>Delete the saved analysis &quot;%1&quot;? This cannot be undone.</source>
        <translation>删除已保存的分析“%1”？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CandidateSwitcher</name>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Choose the candidate, or type a new name and press Enter to add one</source>
        <translation>选择候选人，或输入新姓名并按回车键添加</translation>
    </message>
    <message>
        <source>New candidate&apos;s name</source>
        <translation>新候选人的姓名</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ChartExport</name>
    <message>
        <source>SVG is not available in this build</source>
        <translation>此版本不支持 SVG</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ChartStyle</name>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source> M</source>
        <translation> M</translation>
    </message>
    <message>
        <source> k</source>
        <translation> k</translation>
    </message>
    <message>
        <source>$0</source>
        <translation>$0</translation>
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
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
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
    <message>
        <source>Own price</source>
        <translation>自定义价格</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>Take the price per GPU-hour from your price table; editing the price changes the table</source>
        <translation>从你的价格表中获取每 GPU 小时价格；修改价格会更改价格表</translation>
    </message>
    <message>
        <source>Your prices, last edited %1</source>
        <translation>你的价格，最后编辑于 %1</translation>
    </message>
    <message>
        <source>Preset prices (starting points, not quotes)</source>
        <translation>预设价格（仅供参考，并非报价）</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CoachLegend</name>
    <message>
        <source>Number with a unit</source>
        <translation>带单位的数字</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Team or stakeholder</source>
        <translation>团队或相关方</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Catalogue mistake</source>
        <translation>目录中的错误</translation>
    </message>
    <message>
        <source>A number with a unit (%, $, ms, GPU-hours): the claim is quantified</source>
        <translation>带单位的数字（%、$、ms、GPU 小时）：论断有量化</translation>
    </message>
    <message>
        <source>A KPI word: says which metric moves</source>
        <translation>KPI 词：说明哪个指标在变化</translation>
    </message>
    <message>
        <source>A team or stakeholder named</source>
        <translation>提到了团队或相关方</translation>
    </message>
    <message>
        <source>A proposal: a policy or roadmap item you would change</source>
        <translation>提案：你会改变的策略或路线图事项</translation>
    </message>
    <message>
        <source>A mistake from the catalogue, underlined in red: point at it for its name and the better form</source>
        <translation>目录中的错误，以红色下划线标出：将鼠标指向它可查看其名称和更好的说法</translation>
    </message>
    <message>
        <source>Coach legend</source>
        <translation>教练图例</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CoachedAnswerEditor</name>
    <message>
        <source>Coach</source>
        <translation>教练</translation>
    </message>
    <message>
        <source>Coach score %1 of 100</source>
        <translation>教练评分 %1/100</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coach:&lt;/b&gt; start typing; the score and the marks follow your answer.</source>
        <translation>&lt;b&gt;教练：&lt;/b&gt;开始输入；评分和标记会随你的回答更新。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coach: %1/100&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;教练：%1/100&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coach:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;教练：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CommandPalette</name>
    <message>
        <source>Go to %1</source>
        <translation>转到%1</translation>
    </message>
    <message>
        <source>Find a page or command</source>
        <translation>查找页面或命令</translation>
    </message>
    <message>
        <source>Type part of a page or command name</source>
        <translation>输入页面或命令名称的一部分</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Pages and commands</source>
        <translation>页面和命令</translation>
    </message>
    <message>
        <source>Enter runs the highlighted entry; Up and Down move; Esc closes.</source>
        <translation>Enter 执行选中的条目；上下方向键移动；Esc 关闭。</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CommitteePage</name>
    <message>
        <source>&amp;Import scorecards...</source>
        <translation>导入评分卡(&amp;I)...</translation>
    </message>
    <message>
        <source>Re&amp;move scorecard</source>
        <translation>移除评分卡(&amp;M)</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>记录决定(&amp;D)</translation>
    </message>
    <message>
        <source>Import interviewers&apos; scorecard files (.json) into this session&apos;s committee; you can also drop them on the page</source>
        <translation>将面试官的评分卡文件（.json）导入此会话的委员会；也可以直接拖放到页面上</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>会话(&amp;S)：</translation>
    </message>
    <message>
        <source>Imported scorecards</source>
        <translation>已导入的评分卡</translation>
    </message>
    <message>
        <source>Marks per answer</source>
        <translation>每个回答的评分</translation>
    </message>
    <message>
        <source>Session marks</source>
        <translation>会话评分</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>The committee&apos;s reason (required)</source>
        <translation>委员会的理由（必填）</translation>
    </message>
    <message>
        <source>Reason for the committee&apos;s decision</source>
        <translation>委员会决定的理由</translation>
    </message>
    <message>
        <source>Records the decision and its reason now (%1)</source>
        <translation>立即记录决定及其理由（%1）</translation>
    </message>
    <message>
        <source>Marks per answer (Depth / Vision after the cap)</source>
        <translation>每个回答的评分（深度 / 封顶后的愿景）</translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation>委员会决定</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Vision justifications</source>
        <translation>愿景理由</translation>
    </message>
    <message>
        <source>No session yet. Start a mock interview from Home, import a scorecard, or choose File &gt; Load demo candidate.</source>
        <translation>还没有会话。请在首页开始一次模拟面试、导入评分卡，或选择 文件 &gt; 加载演示候选人。</translation>
    </message>
    <message>
        <source>No scorecards in this committee yet: import the interviewers&apos; scorecard files (%1) or drop them here.</source>
        <translation>此委员会中还没有评分卡：请导入面试官的评分卡文件（%1）或将其拖放到此处。</translation>
    </message>
    <message>
        <source>this studio</source>
        <translation>本工作室</translation>
    </message>
    <message>
        <source>%1 — %2, imported %3</source>
        <translation>%1 — %2，导入于 %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1
Depth</source>
        <translation>%1
深度</translation>
    </message>
    <message>
        <source>%1
Vision</source>
        <translation>%1
愿景</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 (entered %2)</source>
        <translation>%1（输入为 %2）</translation>
    </message>
    <message>
        <source>Capped: Vision above %1 needs an evidence item and a written justification</source>
        <translation>已封顶：愿景高于 %1 需要一项证据和书面理由</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Veto: %1</source>
        <translation>否决：%1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>分歧：%1</translation>
    </message>
    <message>
        <source> (vetoed)</source>
        <translation>（已否决）</translation>
    </message>
    <message>
        <source>No scorecards yet.</source>
        <translation>还没有评分卡。</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>问题 %1（%2）</translation>
    </message>
    <message>
        <source>no written justification</source>
        <translation>没有书面理由</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1, Vision %2: %3 (evidence: %4)</source>
        <translation>%1，愿景 %2：%3（证据：%4）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No Vision scores yet.</source>
        <translation>还没有愿景评分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recorded: %1&lt;/b&gt; on %2. %3</source>
        <translation>&lt;b&gt;已记录：%1&lt;/b&gt;，时间 %2。%3</translation>
    </message>
    <message>
        <source>Not decided yet: choose one of the four options and give the reason.</source>
        <translation>尚未决定：请选择四个选项之一并给出理由。</translation>
    </message>
    <message>
        <source>The committee&apos;s decision needs a reason.</source>
        <translation>委员会的决定需要理由。</translation>
    </message>
    <message>
        <source>Committee decision %1</source>
        <translation>委员会决定 %1</translation>
    </message>
    <message>
        <source>Committee decision recorded: %1</source>
        <translation>已记录委员会决定：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not imported:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;未导入：&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n scorecard(s)</source>
        <translation>
            <numerusform>导入 %n 份评分卡</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1, already there %2, refused %3</source>
        <translation>已导入 %1，已存在 %2，被拒绝 %3</translation>
    </message>
    <message>
        <source>Import scorecards</source>
        <translation>导入评分卡</translation>
    </message>
    <message>
        <source>Debrief scorecards (*.json);;All files (*)</source>
        <translation>Debrief 评分卡 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove %1&apos;s scorecard</source>
        <translation>移除 %1 的评分卡</translation>
    </message>
    <message>
        <source>Removed %1&apos;s scorecard</source>
        <translation>已移除 %1 的评分卡</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>委员会</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>导出 PDF(&amp;P)...</translation>
    </message>
    <message>
        <source>Every interviewer&apos;s marks, the flags and the decision as a PDF for the committee</source>
        <translation>将所有面试官的评分、标记和决定导出为供委员会使用的 PDF</translation>
    </message>
    <message>
        <source>Committee %1 %2.pdf</source>
        <translation>委员会 %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export committee PDF</source>
        <translation>导出委员会 PDF</translation>
    </message>
    <message>
        <source>Committee PDF written to %1</source>
        <translation>委员会 PDF 已写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, imported %3; %n draft score(s) left out</source>
        <translation>
            <numerusform>%1 — %2，导入于 %3；%n 个草稿评分未计入</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Scores not submitted are drafts: the committee leaves them out.</source>
        <translation>%1
未提交的评分是草稿：委员会不计入。</translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Not submitted: %1. Their drafts are not compared or counted.</source>
        <translation>未提交：%1。其草稿不参与比较，也不计入。</translation>
    </message>
    <message>
        <source>No splits and no veto: the submitted scores agree within a point.</source>
        <translation>没有分歧也没有否决：已提交的评分相差不超过一分。</translation>
    </message>
    <message>
        <source>Nothing to compare yet: agreement needs submitted scores from at least two interviewers.</source>
        <translation>暂无可比较的内容：至少需要两位面试官提交评分才能判断是否一致。</translation>
    </message>
    <message>
        <source>Committee details</source>
        <translation>委员会详情</translation>
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
        <source>In words</source>
        <translation>文字说明</translation>
    </message>
    <message>
        <source>Cluster cost %1 per month, of which idle GPUs %2</source>
        <translation>集群成本每月 %1，其中空闲 GPU %2</translation>
    </message>
    <message>
        <source>What the policy&apos;s idle GPUs cost more (+) or less (-) than the baseline&apos;s, per 30-day month</source>
        <translation>该策略的空闲 GPU 每 30 天比基线多 (+) 或少 (-) 的成本</translation>
    </message>
    <message>
        <source>Idle GPUs / month</source>
        <translation>空闲 GPU / 月</translation>
    </message>
</context>
<context>
    <name>debrief::studio::CrashMarker</name>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Debrief Studio stopped unexpectedly at %1 (signal %2). Every edit made before that moment was saved; an interview that was running is offered for resuming where it stopped.</source>
        <translation>Debrief Studio 于 %1 意外停止（信号 %2）。在此之前的每一处修改都已保存；正在进行的面试可从中断处继续。</translation>
    </message>
</context>
<context>
    <name>debrief::studio::DebriefPage</name>
    <message>
        <source>Viewing as</source>
        <translation>查看身份</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>会话：</translation>
    </message>
    <message>
        <source>&amp;Viewing as:</source>
        <translation>查看身份(&amp;V)：</translation>
    </message>
    <message>
        <source>Scores per round</source>
        <translation>各轮次评分</translation>
    </message>
    <message>
        <source>Agreement per answer</source>
        <translation>各回答的一致性</translation>
    </message>
    <message>
        <source>Why, in one sentence</source>
        <translation>理由（一句话）</translation>
    </message>
    <message>
        <source>Reason for the recommendation</source>
        <translation>推荐结论的理由</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Final recommendation</source>
        <translation>最终推荐结论</translation>
    </message>
    <message>
        <source>Agreement and splits</source>
        <translation>一致与分歧</translation>
    </message>
    <message>
        <source>Self against interviewer</source>
        <translation>自评与面试官对比</translation>
    </message>
    <message>
        <source>Orchestration Impact Score</source>
        <translation>编排影响分</translation>
    </message>
    <message>
        <source>Every answer on the Depth × Vision grid</source>
        <translation>深度 × 愿景网格上的每个回答</translation>
    </message>
    <message>
        <source>Panel (submitted scores only)</source>
        <translation>面试小组（仅已提交的评分）</translation>
    </message>
    <message>
        <source>Candidate (self-score)</source>
        <translation>候选人（自评）</translation>
    </message>
    <message>
        <source>Recommendation saved: %1</source>
        <translation>推荐结论已保存：%1</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>%1&apos;s scores are hidden until they submit them.</source>
        <translation>在 %1 提交之前，其评分处于隐藏状态。</translation>
    </message>
    <message>
        <source>%1&apos;s scores are hidden until you both have submitted.</source>
        <translation>在你们双方都提交之前，%1 的评分处于隐藏状态。</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source> (vetoed)</source>
        <translation>（已否决）</translation>
    </message>
    <message>
        <source>No visible scores yet.</source>
        <translation>尚无可见的评分。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>%1 (Depth / Vision)</source>
        <translation>%1（深度 / 愿景）</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Strategic Fit: %1</source>
        <translation>战略契合度：%1</translation>
    </message>
    <message>
        <source>Roadmap Alignment: %1</source>
        <translation>路线图一致性：%1</translation>
    </message>
    <message>
        <source>Metric Translation: %1</source>
        <translation>指标转化：%1</translation>
    </message>
    <message>
        <source>Product design: %1</source>
        <translation>产品设计：%1</translation>
    </message>
    <message>
        <source>Roadmap Alignment and Metric Translation: no product design round in this session</source>
        <translation>路线图一致性与指标转化：本会话没有产品设计轮次</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>D%1 V%2</source>
        <translation>深%1 愿%2</translation>
    </message>
    <message>
        <source>Split (Depth %1, Vision %2 apart)</source>
        <translation>分歧（深度相差 %1，愿景相差 %2）</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Different verdicts</source>
        <translation>结论不同</translation>
    </message>
    <message>
        <source>One interviewer: nothing to compare.</source>
        <translation>只有一位面试官：无可比较。</translation>
    </message>
    <message>
        <source>No answer that two interviewers scored is visible yet.</source>
        <translation>尚无可见的由两位面试官评分的回答。</translation>
    </message>
    <message>
        <source>Same verdict on %1 of %2 answers; %3 split(s) of 2 or more points.</source>
        <translation>%2 个回答中有 %1 个结论相同；%3 处分歧相差 2 分或以上。</translation>
    </message>
    <message>
        <source>Maturity Matrix: mean gap %1 level(s) (self − interviewer), %2 on average either way</source>
        <translation>成熟度矩阵：平均差距 %1 级（自评 − 面试官），双向平均 %2</translation>
    </message>
    <message>
        <source>Largest over-estimate: %1 (self %2, interviewer %3)</source>
        <translation>最大高估：%1（自评 %2，面试官 %3）</translation>
    </message>
    <message>
        <source>Largest under-estimate: %1 (self %2, interviewer %3)</source>
        <translation>最大低估：%1（自评 %2，面试官 %3）</translation>
    </message>
    <message>
        <source>Answers against %1: mean gap %2 point(s) over %3 tag(s)</source>
        <translation>与 %1 对比的回答：%3 个标签上平均相差 %2 分</translation>
    </message>
    <message>
        <source>No self-assessment to compare with an interviewer&apos;s in this session.</source>
        <translation>本会话中没有可与面试官评估比较的自评。</translation>
    </message>
    <message>
        <source>No portfolio projects for %1 yet.</source>
        <translation>%1 尚无作品集项目。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; over %n project(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;，共 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2 team(s) × %3 % = %4&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1：%2 个团队 × %3% = %4&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Debrief details</source>
        <translation>复盘详情</translation>
    </message>
</context>
<context>
    <name>debrief::studio::DepthVisionGridView</name>
    <message>
        <source>Depth by Vision grid</source>
        <translation>深度-愿景网格</translation>
    </message>
    <message>
        <source>Vision (after the evidence cap)</source>
        <translation>愿景（证据上限之后）</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
</context>
<context>
    <name>debrief::studio::DesignRoundPage</name>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>The &amp;others rebalance</source>
        <translation>其他项自动调整(&amp;O)</translation>
    </message>
    <message>
        <source>I &amp;balance them myself</source>
        <translation>我自己平衡(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Submit the round</source>
        <translation>提交本轮(&amp;S)</translation>
    </message>
    <message>
        <source>Sessio&amp;n:</source>
        <translation>会话(&amp;N):</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>场景(&amp;C):</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>选择场景</translation>
    </message>
    <message>
        <source>Feature requests</source>
        <translation>功能需求</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>预算份额</translation>
    </message>
    <message>
        <source>Expected gain on the KPI, in percent</source>
        <translation>KPI 的预期提升（百分比）</translation>
    </message>
    <message>
        <source>How sure the candidate is of that gain</source>
        <translation>候选人对该提升的把握程度</translation>
    </message>
    <message>
        <source>Share of the quarterly budget</source>
        <translation>占季度预算的份额</translation>
    </message>
    <message>
        <source>Editing one share scales the others so the shares always sum to 100 %</source>
        <translation>修改一个份额时按比例调整其他份额，使总和始终为 100 %</translation>
    </message>
    <message>
        <source>Editing one share leaves the others; the round cannot be submitted until they sum to 100 %</source>
        <translation>修改一个份额时其他份额不变；总和达到 100 % 之前无法提交本轮</translation>
    </message>
    <message>
        <source>Sum over the requests of impact x confidence x share: the percent of KPI gain the budget buys, weighted by how sure it is</source>
        <translation>各需求的 影响 x 置信度 x 份额 之和：预算换来的 KPI 提升百分比，按把握程度加权</translation>
    </message>
    <message>
        <source>Mark the design question answered with this allocation</source>
        <translation>以此分配将设计题标记为已回答</translation>
    </message>
    <message>
        <source>When a share changes:</source>
        <translation>份额变化时：</translation>
    </message>
    <message>
        <source>Share of the budget (%)</source>
        <translation>预算份额 (%)</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Impact against cost</source>
        <translation>影响与成本</translation>
    </message>
    <message>
        <source>Metric translation</source>
        <translation>指标换算</translation>
    </message>
    <message>
        <source>Submit the round</source>
        <translation>提交本轮</translation>
    </message>
    <message>
        <source>Attach replay evidence to the request being edited</source>
        <translation>为正在编辑的需求附加回放证据</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Answer to the design question</source>
        <translation>设计题的回答</translation>
    </message>
    <message>
        <source>Interviewer scores</source>
        <translation>面试官评分</translation>
    </message>
    <message>
        <source>&amp;Design (0-4):</source>
        <translation>设计(&amp;D) (0-4)：</translation>
    </message>
    <message>
        <source>&amp;Metric Translation (0-4):</source>
        <translation>指标换算(&amp;M) (0-4)：</translation>
    </message>
    <message>
        <source>Roadmap &amp;Alignment (0-4):</source>
        <translation>路线图对齐(&amp;A) (0-4)：</translation>
    </message>
    <message>
        <source>Choose scenario &quot;%1&quot;</source>
        <translation>选择场景“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Scenario &quot;%1&quot;: %n request(s)</source>
        <translation>
            <numerusform>场景“%1”：%n 个需求</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of &quot;%1&quot;</source>
        <translation>“%1”的份额</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <source>Evidence attached: expected impact %1</source>
        <translation>已附加证据：预期影响 %1</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Insert metric translation</source>
        <translation>插入指标换算</translation>
    </message>
    <message>
        <source>Metric translation inserted into the answer</source>
        <translation>指标换算已插入回答</translation>
    </message>
    <message>
        <source>Product design round submitted</source>
        <translation>产品设计轮已提交</translation>
    </message>
    <message>
        <source>%1
Estimated cost: %2</source>
        <translation>%1
预估成本：%2</translation>
    </message>
    <message>
        <source>KPI of %1</source>
        <translation>%1 的 KPI</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Expected impact of %1</source>
        <translation>%1 的预期影响</translation>
    </message>
    <message>
        <source>Expected impact</source>
        <translation>预期影响</translation>
    </message>
    <message>
        <source>Confidence in %1</source>
        <translation>对 %1 的置信度</translation>
    </message>
    <message>
        <source>Where the impact comes from</source>
        <translation>影响的依据</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>%1 的证据</translation>
    </message>
    <message>
        <source>Replay…</source>
        <translation>回放…</translation>
    </message>
    <message>
        <source>Attach a saved Trace Lab comparison: its numbers fill the expected impact</source>
        <translation>附加已保存的 Trace Lab 对比：其数字将填入预期影响</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>%1 的份额</translation>
    </message>
    <message>
        <source>Share of %1 in percent</source>
        <translation>%1 的份额（百分比）</translation>
    </message>
    <message>
        <source>%1 Quarterly budget: %2.</source>
        <translation>%1 季度预算：%2。</translation>
    </message>
    <message>
        <source>Choose the scenario the candidate was given.</source>
        <translation>请选择候选人拿到的场景。</translation>
    </message>
    <message>
        <source>Weighted roadmap score: %1</source>
        <translation>加权路线图得分：%1</translation>
    </message>
    <message>
        <source>Cannot submit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>份额 (%)</translation>
    </message>
    <message>
        <source>Veto: %1</source>
        <translation>否决：%1</translation>
    </message>
    <message>
        <source>Self-score</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>&lt;br/&gt;%1: &lt;b&gt;%2&lt;/b&gt;%3 (%4)</source>
        <translation>&lt;br/&gt;%1：&lt;b&gt;%2&lt;/b&gt;%3（%4）</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source> (vetoed)</source>
        <translation>（已否决）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict&lt;/b&gt;</source>
        <translation>&lt;b&gt;结论&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Submitted at %1</source>
        <translation>提交于 %1</translation>
    </message>
    <message>
        <source>Product Design Round</source>
        <translation>产品设计轮</translation>
    </message>
    <message>
        <source>Calculator, answer and scores</source>
        <translation>计算器、回答和评分</translation>
    </message>
</context>
<context>
    <name>debrief::studio::DeviceReplayPanel</name>
    <message>
        <source>&amp;Policy:</source>
        <translation>策略(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Time compression:</source>
        <translation>时间压缩(&amp;T)：</translation>
    </message>
    <message>
        <source>The device replay failed: %1</source>
        <translation>设备回放失败：%1</translation>
    </message>
    <message>
        <source>Replaying %1 jobs on the GPU, about %2 of wall time...</source>
        <translation>正在 GPU 上回放 %1 个作业，约需 %2 实际时间……</translation>
    </message>
    <message>
        <source>Simulating; there is no device to measure on.</source>
        <translation>仅模拟；没有可供测量的设备。</translation>
    </message>
    <message>
        <source>Mean, simulated</source>
        <translation>平均，模拟</translation>
    </message>
    <message>
        <source>Mean, measured</source>
        <translation>平均，实测</translation>
    </message>
    <message>
        <source>p95, simulated</source>
        <translation>p95，模拟</translation>
    </message>
    <message>
        <source>p95, measured</source>
        <translation>p95，实测</translation>
    </message>
    <message>
        <source>Queueing delay (h)</source>
        <translation>排队延迟（小时）</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Throughput (jobs/h)</source>
        <translation>吞吐量（作业/小时）</translation>
    </message>
    <message>
        <source>Measured on %1 in %2 of wall time (%3 trace seconds per second).</source>
        <translation>在 %1 上实测，用时 %2（每秒 %3 个轨迹秒）。</translation>
    </message>
    <message>
        <source>Nothing measured: %1. The simulated numbers are shown alone.</source>
        <translation>未测量：%1。仅显示模拟数值。</translation>
    </message>
    <message>
        <source>Load a trace first.</source>
        <translation>请先加载轨迹。</translation>
    </message>
    <message>
        <source>Device: %1. Each job becomes kernel work sized by its GPUs and duration, launched on CUDA streams whose priorities follow the policy; starts and ends are CUDA events.</source>
        <translation>设备：%1。每个作业都变成按其 GPU 数量和时长确定规模的内核工作，在优先级遵循所选策略的 CUDA 流上启动；开始和结束由 CUDA 事件记录。</translation>
    </message>
    <message>
        <source>No usable CUDA device: %1. Replay simulates only; the measured column stays empty.</source>
        <translation>没有可用的 CUDA 设备：%1。回放仅做模拟；实测列保持为空。</translation>
    </message>
    <message>
        <source>The whole trace in about a minute</source>
        <translation>约一分钟回放整个轨迹</translation>
    </message>
    <message>
        <source>One trace hour per second</source>
        <translation>每秒一个轨迹小时</translation>
    </message>
    <message>
        <source>One trace day per second</source>
        <translation>每秒一个轨迹日</translation>
    </message>
    <message>
        <source>&amp;Replay on the GPU</source>
        <translation>在 GPU 上回放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Simulate (no GPU)</source>
        <translation>模拟(&amp;S)（无 GPU）</translation>
    </message>
    <message>
        <source>Replay the trace with the chosen policy (Ctrl+Shift+G)</source>
        <translation>使用所选策略回放轨迹（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>Measured on the device</source>
        <translation>设备实测</translation>
    </message>
    <message>
        <source>Mean queueing delay</source>
        <translation>平均排队延迟</translation>
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
        <source>Jobs</source>
        <translation>作业数</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>jobs per hour</source>
        <translation>每小时作业数</translation>
    </message>
    <message>
        <source>Simulated and measured on the device</source>
        <translation>模拟值与设备实测值</translation>
    </message>
    <message>
        <source>Queueing delay, simulated and measured</source>
        <translation>排队延迟，模拟与实测</translation>
    </message>
    <message>
        <source>Throughput, simulated and measured</source>
        <translation>吞吐量，模拟与实测</translation>
    </message>
</context>
<context>
    <name>debrief::studio::DrillsPage</name>
    <message>
        <source>grade %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <source>Progress through today&apos;s drills</source>
        <translation>今日练习进度</translation>
    </message>
    <message>
        <source>Your &amp;answer:</source>
        <translation>你的回答(&amp;A)：</translation>
    </message>
    <message>
        <source>Answer as you would in the interview; the coach marks numbers, KPIs, teams, proposals and mistakes.</source>
        <translation>像面试时那样回答；教练会标出数字、KPI、团队、提议和错误。</translation>
    </message>
    <message>
        <source>&amp;Show answer</source>
        <translation>显示答案(&amp;S)</translation>
    </message>
    <message>
        <source>How well did you know it? Each grade sets the next review:</source>
        <translation>掌握得如何？每个评分决定下次复习时间：</translation>
    </message>
    <message>
        <source>Example answers</source>
        <translation>示例回答</translation>
    </message>
    <message>
        <source>Show the example answers</source>
        <translation>显示示例回答</translation>
    </message>
    <message>
        <source>Grade the drill: %1</source>
        <translation>为练习评分：%1</translation>
    </message>
    <message>
        <source>Go to the answer</source>
        <translation>转到回答</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>day and month of a drill&apos;s next review</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>day, month and year of a drill&apos;s next review</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Drills for %1</source>
        <translation>%1 的练习</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed today</source>
        <translation>今日已复习 %1/%2</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>No session yet. Drills come from the weak answers and matrix gaps of a practice or a mock interview.</source>
        <translation>还没有会话。练习来自练习或模拟面试中的薄弱回答和矩阵差距。</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今天没有到期项目。</translation>
    </message>
    <message>
        <source>All done for today: %1 reviewed.</source>
        <translation>今天已全部完成：复习了 %1 张。</translation>
    </message>
    <message>
        <source>Next drill: %1 (%2).</source>
        <translation>下一项练习：%1（%2）。</translation>
    </message>
    <message>
        <source>No other drill is scheduled. The Maturity Matrix page and debriefs add drills for what scored weak.</source>
        <translation>没有其他已安排的练习。成熟度矩阵页面和复盘会为得分较低的内容添加练习。</translation>
    </message>
    <message>
        <source>Maturity Matrix: %1</source>
        <translation>成熟度矩阵：%1</translation>
    </message>
    <message>
        <source>%1 question</source>
        <translation>%1问题</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>%1: describe work of yours that shows this dimension at Level %2 or above - what you did, what it changed in numbers, and who had to agree.</source>
        <translation>%1：描述一项能体现该维度达到 %2 级或以上的亲身工作——你做了什么、用数字说明带来了什么变化，以及需要谁同意。</translation>
    </message>
    <message>
        <source>This drill&apos;s question (%1) is not in the loaded question banks. Grading it keeps its schedule.</source>
        <translation>此练习的问题（%1）不在已加载的题库中。评分会保留其复习计划。</translation>
    </message>
    <message>
        <source>Maturity Matrix focus: %1</source>
        <translation>成熟度矩阵重点：%1</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>%1 级：%2</translation>
    </message>
    <message>
        <source>No example answers: the question is not loaded.</source>
        <translation>没有示例回答：该问题未加载。</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Follow-ups to rehearse</source>
        <translation>需要演练的追问</translation>
    </message>
    <message>
        <source>new drill</source>
        <translation>新练习</translation>
    </message>
    <message>
        <source>review %1, last on %2</source>
        <translation>第 %1 次复习，上次于 %2</translation>
    </message>
    <message>
        <source>lapses: %1</source>
        <translation>遗忘次数：%1</translation>
    </message>
    <message>
        <source>The five level descriptors appear here once you have answered.</source>
        <translation>回答后，这里会显示五个级别的描述。</translation>
    </message>
    <message>
        <source>Poor, mixed, good and excellent example answers appear here once you have answered.</source>
        <translation>回答后，这里会显示较差、一般、良好和优秀的示例回答。</translation>
    </message>
    <message>
        <source>Compare your answer with the examples (Ctrl+Return)</source>
        <translation>将你的回答与示例对比（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Write your answer first: the examples are there to compare with</source>
        <translation>请先写下你的回答：示例用于对比</translation>
    </message>
    <message>
        <source>%1 saved as %2 - next: %3</source>
        <translation>%1 已保存为%2 — 下次：%3</translation>
    </message>
    <message>
        <source>Grade undone: %1 is due again.</source>
        <translation>评分已撤销：%1 再次到期。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>The saved draft could not be read: %1</source>
        <translation>无法读取已保存的草稿：%1</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>草稿未保存：%1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
</context>
<context>
    <name>debrief::studio::EvidenceDialog</name>
    <message>
        <source>Attach evidence to &quot;%1&quot;</source>
        <translation>为“%1”附加证据</translation>
    </message>
    <message>
        <source>Saved replay comparisons</source>
        <translation>已保存的回放对比</translation>
    </message>
    <message>
        <source>%1: %2 against %3 (%4, %5 jobs)</source>
        <translation>%1：%2 对比 %3（%4，%5 个作业）</translation>
    </message>
    <message>
        <source>Cannot read the saved analyses: %1</source>
        <translation>无法读取已保存的分析：%1</translation>
    </message>
    <message>
        <source>No saved Trace Lab analysis compares two policies yet. Replay a trace with two or more policies in the Trace Lab and save the analysis.</source>
        <translation>还没有比较两种策略的已保存 Trace Lab 分析。请在 Trace Lab 中用两种或以上策略回放一个 trace 并保存分析。</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>附加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>对比(&amp;C)：</translation>
    </message>
    <message>
        <source>Impact &amp;from:</source>
        <translation>影响来源(&amp;F)：</translation>
    </message>
    <message>
        <source>Expected impact: %1
%2</source>
        <translation>预期影响：%1
%2</translation>
    </message>
    <message>
        <source>This comparison cannot measure that: the baseline&apos;s number is 0.</source>
        <translation>此对比无法衡量该项：基线的数值为 0。</translation>
    </message>
</context>
<context>
    <name>debrief::studio::HistoryPage</name>
    <message>
        <source>Delete the session of %1</source>
        <translation>删除 %1 的会话</translation>
    </message>
    <message>
        <source>Filter by candidate, mode, interviewer or recommendation</source>
        <translation>按候选人、模式、面试官或推荐结论筛选</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>筛选会话</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>删除会话(&amp;D)</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>评分随时间变化</translation>
    </message>
    <message>
        <source>Days since the first session</source>
        <translation>自首次会话以来的天数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Two sessions side by side</source>
        <translation>两个会话并排对比</translation>
    </message>
    <message>
        <source>First session to compare</source>
        <translation>要比较的第一个会话</translation>
    </message>
    <message>
        <source>Second session to compare</source>
        <translation>要比较的第二个会话</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <source>First:</source>
        <translation>第一个：</translation>
    </message>
    <message>
        <source>Second:</source>
        <translation>第二个：</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>愿景</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Strategic Fit</source>
        <translation>战略契合度</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐结论</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一个</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>第二个</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)</source>
        <translation>
            <numerusform>删除 %n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) deleted. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>已删除 %n 个会话。撤销（Ctrl+Z）可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>debrief::studio::HomePage</name>
    <message>
        <source>Start a &amp;solo practice</source>
        <translation>开始单人练习(&amp;S)</translation>
    </message>
    <message>
        <source>Start a &amp;live mock interview</source>
        <translation>开始现场模拟面试(&amp;L)</translation>
    </message>
    <message>
        <source>Drills due today</source>
        <translation>今日到期的练习</translation>
    </message>
    <message>
        <source>Last sessions</source>
        <translation>最近的会话</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Final call</source>
        <translation>最终决定</translation>
    </message>
    <message>
        <source>Grid verdict</source>
        <translation>网格结论</translation>
    </message>
    <message>
        <source>Each scorer&apos;s Depth x Vision verdict on the submitted scores, with the veto</source>
        <translation>每位评分人基于已提交评分得出的深度 x 愿景结论，含否决</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Maturity Matrix against the Level %1 bar</source>
        <translation>成熟度矩阵与级别 %1 门槛对比</translation>
    </message>
    <message>
        <source>Maturity Matrix: %1</source>
        <translation>成熟度矩阵：%1</translation>
    </message>
    <message>
        <source>%1 question: %2</source>
        <translation>%1问题：%2</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>From the session of %1 (%2).</source>
        <translation>来自 %1 的会话（%2）。</translation>
    </message>
    <message>
        <source>No session yet: start a practice</source>
        <translation>尚无会话：开始一次练习</translation>
    </message>
    <message>
        <source>Today for %1</source>
        <translation>%1 的今日安排</translation>
    </message>
    <message>
        <source>New drill</source>
        <translation>新练习</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>第 %1 次复习</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今日无到期项。</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>&amp;Review now</source>
        <translation>立即复习(&amp;R)</translation>
    </message>
    <message>
        <source>Open the Drills page with today&apos;s cards</source>
        <translation>打开练习页面，查看今天的卡片</translation>
    </message>
    <message>
        <source>Start a live &amp;mock</source>
        <translation>开始现场模拟(&amp;M)</translation>
    </message>
    <message>
        <source>Load the &amp;demo candidate</source>
        <translation>加载演示候选人(&amp;D)</translation>
    </message>
    <message>
        <source>Three sessions, a portfolio, drills and a loop plan of an example candidate</source>
        <translation>一位示例候选人的三次会话、项目组合、练习卡和面试流程计划</translation>
    </message>
    <message>
        <source>Open a &amp;trace...</source>
        <translation>打开轨迹(&amp;T)...</translation>
    </message>
    <message>
        <source>Replay a GPU-cluster trace in the Trace Lab</source>
        <translation>在 Trace Lab 中回放 GPU 集群轨迹</translation>
    </message>
    <message>
        <source>There is no candidate yet. Choose how to begin, or type a candidate&apos;s name in the box above and press Enter.</source>
        <translation>还没有候选人。请选择开始方式，或在上方输入框中输入候选人姓名并按回车键。</translation>
    </message>
    <message>
        <source>Welcome to Debrief Studio</source>
        <translation>欢迎使用 Debrief Studio</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ImpactCostChartView</name>
    <message>
        <source>Estimated cost ($ k)</source>
        <translation>预估成本 ($ k)</translation>
    </message>
    <message>
        <source>Expected impact (%)</source>
        <translation>预期影响 (%)</translation>
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
        <source>a record is longer than %1 bytes</source>
        <translation>有一条记录超过 %1 字节</translation>
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
    <name>debrief::studio::InterviewRecords</name>
    <message>
        <source>No session yet. Start a practice or a mock interview from Home, or choose File &gt; Load demo candidate.</source>
        <translation>尚无会话。请在首页开始一次练习或模拟面试，或选择 文件 &gt; 加载演示候选人。</translation>
    </message>
    <message>
        <source>A candidate needs a name.</source>
        <translation>候选人需要一个姓名。</translation>
    </message>
    <message>
        <source>A scorer needs a name (and &quot;self&quot; is the candidate&apos;s own).</source>
        <translation>评分人需要一个名字（&quot;self&quot; 表示候选人自评）。</translation>
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
        <source>Queueing delay CDF (share of jobs)</source>
        <translation>排队延迟累积分布（作业占比）</translation>
    </message>
    <message>
        <source>Cumulative cost (idle thin)</source>
        <translation>累计成本（空闲为细线）</translation>
    </message>
    <message>
        <source>p95 queueing delay</source>
        <translation>p95 排队延迟</translation>
    </message>
    <message>
        <source>&amp;Log scale for delays</source>
        <translation>延迟使用对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Delays span minutes to days: a log axis spreads the short ones out</source>
        <translation>延迟从几分钟到几天不等：对数轴能把短延迟展开</translation>
    </message>
    <message>
        <source>Throughput, jobs/h (%1 avg.)</source>
        <translation>吞吐量，作业/小时（%1 平均）</translation>
    </message>
</context>
<context>
    <name>debrief::studio::LiveSessionPage</name>
    <message>
        <source>No session is running. Start one from Session setup, or resume an interrupted one.</source>
        <translation>当前没有进行中的会话。请从会话设置开始一个，或继续被中断的会话。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>追问</translation>
    </message>
    <message>
        <source>Candidate&apos;s &amp;answer</source>
        <translation>候选人的回答(&amp;A)</translation>
    </message>
    <message>
        <source>Candidate&apos;s answer</source>
        <translation>候选人的回答</translation>
    </message>
    <message>
        <source>Type the answer; the coach marks numbers, KPIs, teams, proposals and mistakes.</source>
        <translation>输入回答；教练会标出数字、KPI、团队、提议和错误。</translation>
    </message>
    <message>
        <source>Example answers at four levels</source>
        <translation>四个级别的示例回答</translation>
    </message>
    <message>
        <source>Example answers</source>
        <translation>示例回答</translation>
    </message>
    <message>
        <source>Sc&amp;orer</source>
        <translation>评分人(&amp;O)</translation>
    </message>
    <message>
        <source>Scorer</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Depth (engineering depth)</source>
        <translation>深度（工程深度）</translation>
    </message>
    <message>
        <source>Vision (product framing)</source>
        <translation>愿景（产品视角）</translation>
    </message>
    <message>
        <source>Depth %1</source>
        <translation>深度 %1</translation>
    </message>
    <message>
        <source>Vision %1</source>
        <translation>愿景 %1</translation>
    </message>
    <message>
        <source>&amp;Justification of the Vision score</source>
        <translation>愿景评分的理由(&amp;J)</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Notes (Ctrl+Enter stamps the elapsed time)</source>
        <translation>笔记(&amp;N)（Ctrl+Enter 标记已用时间）</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新笔记</translation>
    </message>
    <message>
        <source>What the candidate just said that matters</source>
        <translation>候选人刚才说的要点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Finish session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Set Depth 1</source>
        <translation>设为深度 1</translation>
    </message>
    <message>
        <source>Set Depth 2</source>
        <translation>设为深度 2</translation>
    </message>
    <message>
        <source>Set Depth 3</source>
        <translation>设为深度 3</translation>
    </message>
    <message>
        <source>Set Depth 4</source>
        <translation>设为深度 4</translation>
    </message>
    <message>
        <source>Set Vision 1</source>
        <translation>设为愿景 1</translation>
    </message>
    <message>
        <source>Set Vision 2</source>
        <translation>设为愿景 2</translation>
    </message>
    <message>
        <source>Set Vision 3</source>
        <translation>设为愿景 3</translation>
    </message>
    <message>
        <source>Set Vision 4</source>
        <translation>设为愿景 4</translation>
    </message>
    <message>
        <source>Tick or clear evidence: %1</source>
        <translation>勾选或取消证据：%1</translation>
    </message>
    <message>
        <source>Write the Vision justification</source>
        <translation>填写愿景理由</translation>
    </message>
    <message>
        <source>Add a note stamped with the elapsed time</source>
        <translation>添加带已用时间标记的笔记</translation>
    </message>
    <message>
        <source>Go to the answer editor</source>
        <translation>转到回答编辑器</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <source>Pause or resume the clock</source>
        <translation>暂停或继续计时</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Resumed %1&apos;s session at question %2</source>
        <translation>已在问题 %2 处继续 %1 的会话</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>我自己</translation>
    </message>
    <message>
        <source>Score yourself first: Ctrl+1-4 for Depth, Alt+1-4 for Vision; then compare with the example answers. Next again skips.</source>
        <translation>先给自己评分：Ctrl+1-4 评深度，Alt+1-4 评愿景；然后与示例回答比较。再次点“下一个”将跳过。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Solo practice</source>
        <translation>单人练习</translation>
    </message>
    <message>
        <source>Live mock</source>
        <translation>现场模拟</translation>
    </message>
    <message>
        <source>%1 - %2 - question %3 of %4 (%5)</source>
        <translation>%1 - %2 - 第 %3/%4 题（%5）</translation>
    </message>
    <message>
        <source>Question %1 is not in the loaded question banks.</source>
        <translation>问题 %1 不在已加载的题库中。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Score yourself</source>
        <translation>自我评分</translation>
    </message>
    <message>
        <source>Interviewer&apos;s panel</source>
        <translation>面试官面板</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Question time left %1</source>
        <translation>本题剩余时间 %1</translation>
    </message>
    <message>
        <source>Session time left %1</source>
        <translation>会话剩余时间 %1</translation>
    </message>
    <message>
        <source>Clock running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>计时已暂停</translation>
    </message>
    <message>
        <source>Session finished and saved</source>
        <translation>会话已结束并保存</translation>
    </message>
    <message>
        <source>Tick evidence</source>
        <translation>勾选证据</translation>
    </message>
    <message>
        <source>Clear evidence</source>
        <translation>取消证据</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>现场会话</translation>
    </message>
    <message>
        <source>&amp;Submit my scores</source>
        <translation>提交我的评分(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S: submit your marks; they are locked and count from then on</source>
        <translation>Ctrl+Shift+S：提交您的评分；提交后即锁定并开始计入</translation>
    </message>
    <message>
        <source>&amp;Reopen my scores</source>
        <translation>重新打开我的评分(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R: take your submitted marks back to change them (recorded)</source>
        <translation>Ctrl+Shift+R：撤回已提交的评分以便修改（会被记录）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;: Ctrl+1-4 Depth, Alt+1-4 Vision, Ctrl+Shift+1-4 evidence, Ctrl+J justification, Ctrl+Enter note, Ctrl+PgDn / Ctrl+PgUp next / previous, Ctrl+Space pause, Ctrl+Shift+S submit my scores, Ctrl+Shift+Enter finish, F1 all shortcuts</source>
        <translation>&lt;b&gt;快捷键&lt;/b&gt;：Ctrl+1-4 深度，Alt+1-4 愿景，Ctrl+Shift+1-4 证据，Ctrl+J 理由，Ctrl+Enter 笔记，Ctrl+PgDn / Ctrl+PgUp 下一题 / 上一题，Ctrl+Space 暂停，Ctrl+Shift+S 提交我的评分，Ctrl+Shift+Enter 结束，F1 全部快捷键</translation>
    </message>
    <message>
        <source>Submit my scores</source>
        <translation>提交我的评分</translation>
    </message>
    <message>
        <source>Reopen my scores</source>
        <translation>重新打开我的评分</translation>
    </message>
    <message>
        <source>finished, scoring only</source>
        <translation>已结束，仅可评分</translation>
    </message>
    <message>
        <source>Draft: %1 of %2 answers scored; nobody else sees these marks until you submit them.</source>
        <translation>草稿：已为 %2 个回答中的 %1 个评分；在您提交之前，其他人看不到这些评分。</translation>
    </message>
    <message>
        <source>Counts as Vision %1 until %2.</source>
        <translation>在%2之前，按愿景 %1 计算。</translation>
    </message>
    <message>
        <source>an evidence item is ticked and a justification written</source>
        <translation>勾选一项证据并写下理由</translation>
    </message>
    <message>
        <source>an evidence item is ticked</source>
        <translation>勾选一项证据</translation>
    </message>
    <message>
        <source>a justification is written</source>
        <translation>写下理由</translation>
    </message>
    <message>
        <source>Finishing submits your self-scores: the Debrief shows your verdict from them.</source>
        <translation>结束会提交您的自评：复盘页面会据此显示您的结论。</translation>
    </message>
    <message>
        <source>Finish the session?</source>
        <translation>结束本次会话？</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>结束(&amp;F)</translation>
    </message>
    <message>
        <source>Session finished; your scores are submitted</source>
        <translation>会话已结束；您的评分已提交</translation>
    </message>
    <message>
        <source>Submit your marks on %1 of %2 answers? Once submitted they are locked, count in the verdict and the other interviewers can see them once they have submitted theirs.</source>
        <translation>提交您对 %2 个回答中 %1 个的评分？提交后评分将被锁定并计入结论，其他面试官在提交自己的评分后即可看到。</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Your scores are submitted and locked</source>
        <translation>您的评分已提交并锁定</translation>
    </message>
    <message>
        <source>Your scores are reopened: they are drafts again until you submit them</source>
        <translation>您的评分已重新打开：在再次提交前它们又是草稿</translation>
    </message>
    <message>
        <source>Scorer&apos;s panel</source>
        <translation>评分人面板</translation>
    </message>
    <message>
        <source>coach: “%1”</source>
        <translation>教练：“%1”</translation>
    </message>
</context>
<context>
    <name>debrief::studio::LoopPlannerPage</name>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>The day of the screen; the other rounds follow from it</source>
        <translation>初筛当天；其余轮次据此推算</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Preparation progress</source>
        <translation>准备进度</translation>
    </message>
    <message>
        <source>Preparation:</source>
        <translation>准备：</translation>
    </message>
    <message>
        <source>%1 preparation</source>
        <translation>%1 准备</translation>
    </message>
    <message>
        <source>%1 checklist</source>
        <translation>%1 清单</translation>
    </message>
    <message>
        <source>No candidate yet. Start a practice from Home, choose a candidate there, or choose File &gt; Load demo candidate.</source>
        <translation>还没有候选人。请在首页开始一次练习、在那里选择候选人，或选择 文件 &gt; 加载演示候选人。</translation>
    </message>
    <message>
        <source>The preparation checklist (checklist.json) could not be loaded; the plan has no checklist.</source>
        <translation>无法加载准备清单（checklist.json）；该计划没有清单。</translation>
    </message>
    <message>
        <source>Loop plan</source>
        <translation>面试流程计划</translation>
    </message>
    <message>
        <source>Loop plan for %1</source>
        <translation>%1 的面试流程计划</translation>
    </message>
    <message>
        <source>(today until you pick a date)</source>
        <translation>（在选择日期之前为今天）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from the screen to the decision</source>
        <translation>
            <numerusform>从初筛到决定共 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. The plan is %n day(s) shorter.</source>
        <translation>
            <numerusform>%1。计划缩短 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, day %2</source>
        <translation>%1，第 %2 天</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 done (%3 %)</source>
        <translation>已完成 %1/%2（%3 %）</translation>
    </message>
    <message>
        <source>Start the loop on %1</source>
        <translation>面试流程于 %1 开始</translation>
    </message>
    <message>
        <source>Start date saved</source>
        <translation>开始日期已保存</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>勾选“%1”</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>取消勾选“%1”</translation>
    </message>
    <message>
        <source>Checklist saved</source>
        <translation>清单已保存</translation>
    </message>
    <message>
        <source>Loop planner</source>
        <translation>面试流程规划</translation>
    </message>
</context>
<context>
    <name>debrief::studio::LoopTimelineView</name>
    <message>
        <source>Loop timeline</source>
        <translation>面试流程时间线</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MainWindow</name>
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
        <source>About Debrief Studio</source>
        <translation>关于 Debrief Studio</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Load demo &amp;candidate</source>
        <translation>加载演示候选人(&amp;C)</translation>
    </message>
    <message>
        <source>Demo candidate %1 loaded: three sessions, a portfolio, drills and a loop plan (loading it again replaces it).</source>
        <translation>已加载演示候选人 %1：三次会话、项目组合、练习卡和面试流程计划（再次加载会替换它）。</translation>
    </message>
    <message>
        <source>Could not load the demo candidate: %1</source>
        <translation>无法加载演示候选人：%1</translation>
    </message>
    <message>
        <source>&amp;Export scorecard PDF...</source>
        <translation>导出评分卡 PDF(&amp;E)...</translation>
    </message>
    <message>
        <source>Debrief session files (*.debrief-session.json);;JSON files (*.json)</source>
        <translation>Debrief 会话文件 (*.debrief-session.json);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Debrief scorecard files (*.json)</source>
        <translation>Debrief 评分卡文件 (*.json)</translation>
    </message>
    <message>
        <source>Open session to &amp;score...</source>
        <translation>打开会话进行评分(&amp;S)...</translation>
    </message>
    <message>
        <source>Open session to score</source>
        <translation>打开会话进行评分</translation>
    </message>
    <message>
        <source>Export session for other &amp;interviewers...</source>
        <translation>为其他面试官导出会话(&amp;I)...</translation>
    </message>
    <message>
        <source>Export session for other interviewers</source>
        <translation>为其他面试官导出会话</translation>
    </message>
    <message>
        <source>Export &amp;my scorecard file...</source>
        <translation>导出我的评分卡文件(&amp;M)...</translation>
    </message>
    <message>
        <source>Export my scorecard file</source>
        <translation>导出我的评分卡文件</translation>
    </message>
    <message>
        <source>Debrief Studio - Scoring as: not set (File &gt; Settings)</source>
        <translation>Debrief Studio - 评分人：未设置（文件 &gt; 设置）</translation>
    </message>
    <message>
        <source>Debrief Studio - Scoring as %1</source>
        <translation>Debrief Studio - 评分人：%1</translation>
    </message>
    <message>
        <source>Who is scoring with this studio?</source>
        <translation>谁在使用本工作室评分？</translation>
    </message>
    <message>
        <source>Who is scoring with this studio? Your name goes on your scores, your notes and the scorecard files you send the panel. A solo practice scores as the candidate.</source>
        <translation>谁在使用本工作室评分？您的名字会出现在您的评分、笔记以及发给面试小组的评分卡文件上。单人练习以候选人身份评分。</translation>
    </message>
    <message>
        <source>Set your name in File &gt; Settings first: the studio scores as you.</source>
        <translation>请先在 文件 &gt; 设置 中填写您的名字：工作室将以您的身份评分。</translation>
    </message>
    <message>
        <source>Scoring %1&apos;s session as %2: submit your scores, then export your scorecard file</source>
        <translation>正在以 %2 的身份为 %1 的会话评分：提交评分后导出您的评分卡文件</translation>
    </message>
    <message>
        <source>No session to export: open one on Live session or Debrief first.</source>
        <translation>没有可导出的会话：请先在实时会话或复盘页面打开一个会话。</translation>
    </message>
    <message>
        <source>Session exported to %1: the other interviewers open it with File &gt; Open session to score</source>
        <translation>会话已导出到 %1：其他面试官可通过 文件 &gt; 打开会话进行评分 打开它</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>Your scorecard file is %1: drop it on the Committee page of the studio that runs the debrief</source>
        <translation>您的评分卡文件是 %1：请把它拖到负责复盘的工作室的评审委员会页面上</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find a page or command...</source>
        <translation>查找页面或命令(&amp;F)...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Debrief Studio %1&lt;/h3&gt;&lt;p&gt;Prepares engineers for Infrastructure PM interviews on GPU orchestration: replay real GPU-cluster traces under scheduling policies and defend the numbers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled demo data&lt;/b&gt;, copied unchanged from public releases:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;60_job.csv&lt;/i&gt;: the Tiresias simulator&apos;s 60-job input, from SymbioticLab/Tiresias (simulator/60_job.csv).&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_pod_list_default.csv&lt;/i&gt;: 8,152 pods of the Alibaba GPU cluster trace cluster-trace-gpu-v2023 (&quot;openb&quot; pod list), from alibaba/clusterdata.&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_node_list_gpu_node.csv&lt;/i&gt;: the 1,213 GPU nodes of the same release, where the Trace Lab&apos;s Sharing tab places those pods.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Debrief Studio %1&lt;/h3&gt;&lt;p&gt;帮助工程师准备 GPU 编排方向的基础设施产品经理面试：在不同调度策略下回放真实的 GPU 集群轨迹，并能为这些数字辩护。&lt;/p&gt;&lt;p&gt;&lt;b&gt;内置示例数据&lt;/b&gt;，原样复制自公开发布的数据：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;i&gt;60_job.csv&lt;/i&gt;：Tiresias 模拟器自带的 60 个作业输入，来自 SymbioticLab/Tiresias（simulator/60_job.csv）。&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_pod_list_default.csv&lt;/i&gt;：阿里巴巴 GPU 集群轨迹 cluster-trace-gpu-v2023 中的 8,152 个 Pod（“openb” Pod 列表），来自 alibaba/clusterdata。&lt;/li&gt;&lt;li&gt;&lt;i&gt;openb_node_list_gpu_node.csv&lt;/i&gt;：同一发布中的 1,213 个 GPU 节点，Trace Lab 的“共享”标签页把这些 Pod 放置到这些节点上。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;使用 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MatrixCellButton</name>
    <message>
        <source>Level %1: %2</source>
        <translation>级别 %1：%2</translation>
    </message>
    <message>
        <source>Self and interviewer</source>
        <translation>自评与面试官</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MatrixPage</name>
    <message>
        <source>&amp;Self</source>
        <translation>自评(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Interviewer</source>
        <translation>面试官(&amp;I)</translation>
    </message>
    <message>
        <source>Add these &amp;drills</source>
        <translation>添加这些练习(&amp;D)</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>会话：</translation>
    </message>
    <message>
        <source>A click sets the level of:</source>
        <translation>点击设置以下一方的级别：</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Below bar</source>
        <translation>低于门槛</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>How many levels the interviewer&apos;s level is below Level %1</source>
        <translation>面试官评定的级别比级别 %1 低多少级</translation>
    </message>
    <message>
        <source>Self − interviewer: positive means the candidate over-estimated</source>
        <translation>自评 − 面试官：正数表示候选人高估了自己</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Drills from the gaps</source>
        <translation>根据差距生成的练习</translation>
    </message>
    <message>
        <source>Drills the gaps create</source>
        <translation>差距产生的练习</translation>
    </message>
    <message>
        <source>Against the Level %1 bar</source>
        <translation>与级别 %1 门槛对比</translation>
    </message>
    <message>
        <source>New: %1 (below the bar)</source>
        <translation>新增：%1（低于门槛）</translation>
    </message>
    <message>
        <source>Already scheduled: %1, due %2</source>
        <translation>已安排：%1，到期 %2</translation>
    </message>
    <message>
        <source>No gap below the bar: no drill needed.</source>
        <translation>没有低于门槛的差距：无需练习。</translation>
    </message>
    <message>
        <source>%1: level %2 saved</source>
        <translation>%1：级别 %2 已保存</translation>
    </message>
    <message>
        <source>%1: level cleared</source>
        <translation>%1：级别已清除</translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) added</source>
        <translation>
            <numerusform>已添加 %n 个练习</numerusform>
        </translation>
    </message>
    <message>
        <source>Maturity Matrix</source>
        <translation>成熟度矩阵</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MatrixRadar</name>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Level %1 bar</source>
        <translation>级别 %1 门槛</translation>
    </message>
</context>
<context>
    <name>debrief::studio::MaturityMatrixGrid</name>
    <message>
        <source>Level %1 (the bar)</source>
        <translation>级别 %1（门槛）</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>级别 %1</translation>
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
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>&amp;Insert into answer</source>
        <translation>插入回答(&amp;I)</translation>
    </message>
    <message>
        <source>A cut in GPU time</source>
        <translation>GPU 时间削减</translation>
    </message>
    <message>
        <source>A utilisation change</source>
        <translation>利用率变化</translation>
    </message>
    <message>
        <source>A latency change</source>
        <translation>延迟变化</translation>
    </message>
    <message>
        <source>Cu&amp;t:</source>
        <translation>削减(&amp;T)：</translation>
    </message>
    <message>
        <source>Utilisation:</source>
        <translation>利用率：</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source>The same work at a higher utilisation needs from / to of the GPU time</source>
        <translation>同样的工作在更高利用率下只需 原值 / 新值 的 GPU 时间</translation>
    </message>
    <message>
        <source>GPUs are held for the latency of each job: the GPU time scales with it</source>
        <translation>每个作业在其延迟期间占用 GPU：GPU 时间随延迟等比变化</translation>
    </message>
    <message>
        <source>Insert the sentence into the answer at the cursor (%1)</source>
        <translation>在光标处将该句插入回答（%1）</translation>
    </message>
    <message>
        <source>&amp;GPU-hours a month:</source>
        <translation>每月 GPU 小时(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Price per GPU-hour:</source>
        <translation>每 GPU 小时价格(&amp;P)：</translation>
    </message>
    <message>
        <source>Money a month:</source>
        <translation>每月金额：</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>变化(&amp;H)：</translation>
    </message>
    <message>
        <source>Saved a month:</source>
        <translation>每月节省：</translation>
    </message>
    <message>
        <source>%1 GPU-hours, %2 (%3)</source>
        <translation>%1 GPU 小时，%2（%3）</translation>
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
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
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
    <name>debrief::studio::PortfolioPage</name>
    <message>
        <source>Selected project</source>
        <translation>所选项目</translation>
    </message>
    <message>
        <source>&amp;Lower is better</source>
        <translation>越低越好(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add project</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move project</source>
        <translation>删除项目(&amp;M)</translation>
    </message>
    <message>
        <source>Sum over the projects of other teams involved × measured gain in percent</source>
        <translation>各项目之和：参与的其他团队数 × 实测提升百分比</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>other teams, separated by commas</source>
        <translation>其他团队，用逗号分隔</translation>
    </message>
    <message>
        <source>what you owned, e.g. co-owner of the roll-out</source>
        <translation>你负责的部分，例如：上线的共同负责人</translation>
    </message>
    <message>
        <source>e.g. GPU queue time (p95, minutes)</source>
        <translation>例如：GPU 排队时间（p95，分钟）</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Ot&amp;her teams:</source>
        <translation>其他团队(&amp;H)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>M&amp;etric:</source>
        <translation>指标(&amp;E)：</translation>
    </message>
    <message>
        <source>a&amp;fter:</source>
        <translation>之后(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>之前(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>KPI(&amp;K)：</translation>
    </message>
    <message>
        <source>Roa&amp;dmap item:</source>
        <translation>路线图事项(&amp;D)：</translation>
    </message>
    <message>
        <source>Mo&amp;nths:</source>
        <translation>月数(&amp;N)：</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>得分：</translation>
    </message>
    <message>
        <source>Warnings from the mistake catalogue</source>
        <translation>来自常见错误目录的警告</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No candidate yet. Start a practice from Home, choose a candidate there, or choose File &gt; Load demo candidate.</source>
        <translation>还没有候选人。请在首页开始一次练习、在那里选择候选人，或选择 文件 &gt; 加载演示候选人。</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>项目组合</translation>
    </message>
    <message>
        <source>Portfolio of %1</source>
        <translation>%1 的项目组合</translation>
    </message>
    <message>
        <source>Orchestration Impact Score: %1</source>
        <translation>编排影响分：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n other team(s) × %1 gain = %2</source>
        <translation>
            <numerusform>%n 个其他团队 × %1 提升 = %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Better: %1</source>
        <translation>更好的说法：%1</translation>
    </message>
    <message>
        <source>No mistake from the catalogue in this project&apos;s description.</source>
        <translation>该项目描述中没有常见错误目录中的问题。</translation>
    </message>
    <message>
        <source>A project needs a title; the title was put back.</source>
        <translation>项目需要标题；已恢复原标题。</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Portfolio saved</source>
        <translation>项目组合已保存</translation>
    </message>
    <message>
        <source>Export &amp;summary PDF...</source>
        <translation>导出摘要 PDF(&amp;S)...</translation>
    </message>
    <message>
        <source>A one-page PDF: projects, their KPIs and roadmap items, and the score</source>
        <translation>单页 PDF：项目、其 KPI 与路线图条目，以及得分</translation>
    </message>
    <message>
        <source>There is no candidate to summarise yet.</source>
        <translation>还没有可汇总的候选人。</translation>
    </message>
    <message>
        <source>Export candidate summary</source>
        <translation>导出候选人摘要</translation>
    </message>
    <message>
        <source>%1 summary.pdf</source>
        <translation>%1 摘要.pdf</translation>
    </message>
    <message>
        <source>Candidate summary written to %1</source>
        <translation>候选人摘要已写入 %1</translation>
    </message>
</context>
<context>
    <name>debrief::studio::PortfolioTableModel</name>
    <message numerus="yes">
        <source>%n other team(s) × %1 gain</source>
        <translation>
            <numerusform>%n 个其他团队 × %1 提升</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Other teams</source>
        <translation>其他团队</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Impact score</source>
        <translation>影响分</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Orchestration Impact Score: other teams involved × measured gain in percent</source>
        <translation>编排影响分：参与的其他团队数 × 实测提升百分比</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ReplayEvidence</name>
    <message>
        <source>Throughput gain</source>
        <translation>吞吐量提升</translation>
    </message>
    <message>
        <source>Cut in p95 queueing delay</source>
        <translation>p95 排队延迟降低</translation>
    </message>
    <message>
        <source>GPU time saved for the same work</source>
        <translation>同样工作节省的 GPU 时间</translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation>无法衡量</translation>
    </message>
    <message>
        <source>throughput down %1</source>
        <translation>吞吐量下降 %1</translation>
    </message>
    <message>
        <source>throughput up %1</source>
        <translation>吞吐量提升 %1</translation>
    </message>
    <message>
        <source>p95 queueing delay cut by %1</source>
        <translation>p95 排队延迟降低 %1</translation>
    </message>
    <message>
        <source>utilisation %1 -&gt; %2, %3 less GPU time</source>
        <translation>利用率 %1 -&gt; %2，GPU 时间减少 %3</translation>
    </message>
    <message>
        <source>Trace Lab analysis &quot;%1&quot;: replay of %2 (%3 jobs), %4 against %5: %6</source>
        <translation>Trace Lab 分析“%1”：回放 %2（%3 个作业），%4 对比 %5：%6</translation>
    </message>
    <message>
        <source>GPU-hours used %1 -&gt; %2, %3 less GPU time</source>
        <translation>已用 GPU 小时 %1 -&gt; %2，GPU 时间减少 %3</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ResumeOffer</name>
    <message>
        <source>Resume the interrupted session?</source>
        <translation>继续被中断的会话？</translation>
    </message>
    <message>
        <source>The session with %1 started %2 was not closed (%3 min on the clock). Resume it where it stopped?</source>
        <translation>与 %1 的会话（开始于 %2）未关闭（已计时 %3 分钟）。要从中断处继续吗？</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ScorecardExportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation>导出评分卡</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美国）</translation>
    </message>
    <message>
        <source>%1, %2 (session %3)</source>
        <translation>%1，%2（会话 %3）</translation>
    </message>
    <message>
        <source>Scorecard %1 %2.pdf</source>
        <translation>评分卡 %1 %2.pdf</translation>
    </message>
    <message>
        <source>There is no session to export yet.</source>
        <translation>还没有可导出的会话。</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>会话：</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the scorecard...</source>
        <translation>正在写入评分卡...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Scorecard not exported: %1</source>
        <translation>评分卡未导出：%1</translation>
    </message>
    <message>
        <source>Scorecard not exported</source>
        <translation>评分卡未导出</translation>
    </message>
    <message numerus="yes">
        <source>Scorecard saved to %1 (%n page(s))</source>
        <translation>
            <numerusform>评分卡已保存到 %1（%n 页）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::studio::SessionController</name>
    <message>
        <source>Recommendation %1</source>
        <translation>推荐结论 %1</translation>
    </message>
    <message>
        <source>Set self level to %1</source>
        <translation>将自评级别设为 %1</translation>
    </message>
    <message>
        <source>Set interviewer level to %1</source>
        <translation>将面试官级别设为 %1</translation>
    </message>
    <message>
        <source>Clear self level</source>
        <translation>清除自评级别</translation>
    </message>
    <message>
        <source>Clear interviewer level</source>
        <translation>清除面试官级别</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Submitted my scores</source>
        <translation>已提交我的评分</translation>
    </message>
    <message>
        <source>Reopened my scores</source>
        <translation>已重新打开我的评分</translation>
    </message>
    <message>
        <source>Submit scores</source>
        <translation>提交评分</translation>
    </message>
    <message>
        <source>Reopen scores</source>
        <translation>重新打开评分</translation>
    </message>
    <message>
        <source>Submit the round</source>
        <translation>提交本轮</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SessionPicker</name>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Live mock</source>
        <translation>现场模拟</translation>
    </message>
    <message>
        <source>Solo practice</source>
        <translation>单人练习</translation>
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
        <translation>&lt;h2&gt;会话设置&lt;/h2&gt;&lt;p&gt;单人练习：你自己回答并自评，然后与示例回答比较。现场模拟面试：面试官在你回答时为深度和愿景评分。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Solo practice</source>
        <translation>单人练习</translation>
    </message>
    <message>
        <source>Live mock interview</source>
        <translation>现场模拟面试</translation>
    </message>
    <message>
        <source>Shuffled from the bank</source>
        <translation>从题库中随机抽取</translation>
    </message>
    <message>
        <source>Picked from the bank</source>
        <translation>从题库中挑选</translation>
    </message>
    <message>
        <source>Due drills first, then shuffled</source>
        <translation>先安排到期练习，再随机抽取</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>名字之间用逗号分隔</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>回答者</translation>
    </message>
    <message>
        <source>each question&apos;s own</source>
        <translation>按各题自身设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>候选人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>面试官(&amp;I)</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <source>Questions &amp;per round</source>
        <translation>每轮问题数(&amp;P)</translation>
    </message>
    <message>
        <source>Question &amp;bank</source>
        <translation>题库(&amp;B)</translation>
    </message>
    <message>
        <source>Time box per &amp;question</source>
        <translation>每题时间限制(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Total time box</source>
        <translation>总时间限制(&amp;T)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>How questions are chosen</source>
        <translation>问题的选取方式</translation>
    </message>
    <message>
        <source>Questions per round</source>
        <translation>每轮问题数</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>题库</translation>
    </message>
    <message>
        <source>Time box per question</source>
        <translation>每题时间限制</translation>
    </message>
    <message>
        <source>Total time box</source>
        <translation>总时间限制</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>开始会话(&amp;S)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>开始会话</translation>
    </message>
    <message>
        <source>Name the candidate.</source>
        <translation>请填写候选人姓名。</translation>
    </message>
    <message>
        <source>Name at least one interviewer, or choose solo practice.</source>
        <translation>请至少填写一位面试官，或选择单人练习。</translation>
    </message>
    <message>
        <source>Tick at least one round.</source>
        <translation>请至少勾选一个轮次。</translation>
    </message>
    <message>
        <source>No question matches: tick questions in the bank or choose shuffled.</source>
        <translation>没有匹配的问题：请在题库中勾选问题或选择随机抽取。</translation>
    </message>
    <message>
        <source>Could not store the session: %1</source>
        <translation>无法保存会话：%1</translation>
    </message>
    <message>
        <source>Session for %1 started with %2 questions</source>
        <translation>已为 %1 开始会话，共 %2 个问题</translation>
    </message>
    <message>
        <source>Session setup</source>
        <translation>会话设置</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SessionTableModel</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>愿景</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐结论</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>系统字号</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>each question&apos;s own</source>
        <translation>按各题自身设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>字号(&amp;F)</translation>
    </message>
    <message>
        <source>Default time box per &amp;question</source>
        <translation>默认每题时间限制(&amp;Q)</translation>
    </message>
    <message>
        <source>Default &amp;total time box</source>
        <translation>默认总时间限制(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Your name, as the other interviewers know you</source>
        <translation>您的名字，即其他面试官认识您的名字</translation>
    </message>
    <message>
        <source>Scoring &amp;as</source>
        <translation>评分人(&amp;A)</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SharingCostModel</name>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Rounded up</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Jobs replayed</source>
        <translation>重放的作业</translation>
    </message>
    <message>
        <source>GPU-hours used</source>
        <translation>使用的 GPU 小时</translation>
    </message>
    <message>
        <source>GPU-hours paid</source>
        <translation>付费的 GPU 小时</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Cost of the GPU-hours used</source>
        <translation>使用的 GPU 小时成本</translation>
    </message>
    <message>
        <source>Cost of the cluster (paid)</source>
        <translation>集群成本（付费）</translation>
    </message>
    <message>
        <source>Mean queueing delay</source>
        <translation>平均排队延迟</translation>
    </message>
    <message>
        <source>Makespan</source>
        <translation>总完工时间</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SharingCurveModel</name>
    <message>
        <source>Placement</source>
        <translation>放置策略</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>种子数</translation>
    </message>
    <message>
        <source>Allocated at 100 % arrived</source>
        <translation>到达 100 % 时的分配率</translation>
    </message>
    <message>
        <source>Allocated at %1 % arrived</source>
        <translation>到达 %1 % 时的分配率</translation>
    </message>
    <message>
        <source>Fragmented at 100 % arrived</source>
        <translation>到达 100 % 时的碎片率</translation>
    </message>
    <message>
        <source>Fragmented at %1 % arrived</source>
        <translation>到达 %1 % 时的碎片率</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SharingPanel</name>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Node list not used: %1</source>
        <translation>未使用节点列表：%1</translation>
    </message>
    <message>
        <source>Choose a node list</source>
        <translation>选择节点列表</translation>
    </message>
    <message>
        <source>Node lists (*.csv);;All files (*)</source>
        <translation>节点列表 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Use as evidence</source>
        <translation>用作证据</translation>
    </message>
    <message>
        <source>The sharing results are saved as an analysis first. Name of the analysis:</source>
        <translation>共享结果会先保存为一个分析。分析名称：</translation>
    </message>
    <message>
        <source>No node list</source>
        <translation>没有节点列表</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 GPUs (%4)</source>
        <translation>%1：%2 个节点，%3 个 GPU（%4）</translation>
    </message>
    <message>
        <source>Prices per GPU-hour (the Trace Lab&apos;s price table over the openb defaults): %1</source>
        <translation>每 GPU 小时价格（Trace Lab 价格表覆盖 openb 默认值）：%1</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>seeds %1-%2 (%3 runs per placement)</source>
        <translation>种子 %1-%2（每种放置策略 %3 次运行）</translation>
    </message>
    <message>
        <source>Load a trace: its jobs&apos; GPU shares are placed on the node list.</source>
        <translation>请加载一个轨迹：其作业的 GPU 份额将被放置到节点列表上。</translation>
    </message>
    <message>
        <source>%1 of %2 runs (placements x seeds) done</source>
        <translation>已完成 %1/%2 次运行（放置策略 x 种子）</translation>
    </message>
    <message>
        <source>%1: %2 jobs, ready</source>
        <translation>%1：%2 个作业，就绪</translation>
    </message>
    <message>
        <source>Evidence is kept in the local database, which is not open.</source>
        <translation>证据保存在本地数据库中，但数据库未打开。</translation>
    </message>
    <message>
        <source>Allocation and fragmentation against arrived workload (the openb study)</source>
        <translation>分配率与碎片率随到达负载的变化（openb 研究）</translation>
    </message>
    <message>
        <source>Time replay on the node list: rounded up against shared</source>
        <translation>在节点列表上按时间重放：向上取整对比共享</translation>
    </message>
    <message>
        <source>Node list:</source>
        <translation>节点列表：</translation>
    </message>
    <message>
        <source>C&amp;hoose node list...</source>
        <translation>选择节点列表(&amp;H)...</translation>
    </message>
    <message>
        <source>openb nodes</source>
        <translation>openb 节点</translation>
    </message>
    <message>
        <source>The openb study&apos;s 1,213 nodes, bundled with the studio</source>
        <translation>openb 研究的 1,213 个节点，随 Studio 附带</translation>
    </message>
    <message>
        <source>Placements:</source>
        <translation>放置策略：</translation>
    </message>
    <message>
        <source>First seed:</source>
        <translation>起始种子：</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>种子数：</translation>
    </message>
    <message>
        <source>Inflation:</source>
        <translation>膨胀系数：</translation>
    </message>
    <message>
        <source>Jobs arrive until their GPU demand reaches this ratio of the cluster&apos;s GPU capacity</source>
        <translation>作业持续到达，直到其 GPU 需求达到集群 GPU 容量的该比例</translation>
    </message>
    <message>
        <source>Run stud&amp;y</source>
        <translation>运行研究(&amp;Y)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>GPU allocation ratio</source>
        <translation>GPU 分配率</translation>
    </message>
    <message>
        <source>Arrived workload (% of GPU capacity)</source>
        <translation>到达负载（占 GPU 容量的 %）</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>GPU fragmentation</source>
        <translation>GPU 碎片</translation>
    </message>
    <message>
        <source>Fragmented</source>
        <translation>碎片</translation>
    </message>
    <message>
        <source>Scheduling policy:</source>
        <translation>调度策略：</translation>
    </message>
    <message>
        <source>Placement:</source>
        <translation>放置策略：</translation>
    </message>
    <message>
        <source>Compare cos&amp;ts</source>
        <translation>比较成本(&amp;T)</translation>
    </message>
    <message>
        <source>Use as e&amp;vidence</source>
        <translation>用作证据(&amp;V)</translation>
    </message>
    <message>
        <source>Allocation and fragmentation at 100 % and 130 % arrived</source>
        <translation>到达负载为 100 % 和 130 % 时的分配率与碎片率</translation>
    </message>
    <message>
        <source>Rounded up against shared: GPU-hours, utilisation and cost</source>
        <translation>向上取整与共享对比：GPU 小时、利用率和成本</translation>
    </message>
    <message>
        <source>Saved results</source>
        <translation>已保存的结果</translation>
    </message>
    <message>
        <source>Saved results of %1</source>
        <translation>%1 的已保存结果</translation>
    </message>
    <message>
        <source>Saved results keep the evidence of the analysis they came from; run the study or the comparison again to keep new evidence.</source>
        <translation>已保存的结果沿用其来源分析的证据；如需保存新的证据，请重新运行研究或比较。</translation>
    </message>
</context>
<context>
    <name>debrief::studio::SharingSession</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>%1: no node with a GPU</source>
        <translation>%1：没有带 GPU 的节点</translation>
    </message>
    <message>
        <source>Cannot use the node list: %1</source>
        <translation>无法使用该节点列表：%1</translation>
    </message>
    <message>
        <source>Sharing study cancelled after %1 of %2 runs</source>
        <translation>共享研究在 %1/%2 次运行后已取消</translation>
    </message>
    <message>
        <source>Sharing study done: %1 runs</source>
        <translation>共享研究完成：%1 次运行</translation>
    </message>
    <message>
        <source>Rounded up against shared: replayed on %1</source>
        <translation>向上取整对比共享：已在 %1 上重放</translation>
    </message>
    <message>
        <source>GPU sharing: %1 on %2</source>
        <translation>GPU 共享：%1 在 %2 上</translation>
    </message>
    <message>
        <source>%1 (%2 nodes, %3 GPUs)</source>
        <translation>%1（%2 个节点，%3 个 GPU）</translation>
    </message>
    <message>
        <source>%1 (%2 jobs)</source>
        <translation>%1（%2 个作业）</translation>
    </message>
    <message>
        <source>shared GPUs (%1)</source>
        <translation>共享 GPU（%1）</translation>
    </message>
    <message>
        <source>rounded up to whole GPUs</source>
        <translation>向上取整为整块 GPU</translation>
    </message>
    <message>
        <source>Sharing fractional GPUs instead of rounding them up uses %1 GPU-hours instead of %2 (%3 less) and costs %4 instead of %5 for the work done; the cluster is paid %6 instead of %7, mean queueing %8 instead of %9.</source>
        <translation>共享 GPU 份额而不是向上取整，使用 %1 GPU 小时而非 %2（少 %3），完成的工作成本为 %4 而非 %5；集群付费 %6 而非 %7，平均排队 %8 而非 %9。</translation>
    </message>
    <message>
        <source>Trace Lab sharing replay of %1 on %2; policy %3, placement %4</source>
        <translation>Trace Lab 共享重放：%1 在 %2 上；策略 %3，放置 %4</translation>
    </message>
    <message>
        <source>arrived workload</source>
        <translation>到达负载</translation>
    </message>
    <message numerus="yes">
        <source>With %1 placement, %2 of the GPU capacity is allocated and %3 fragmented when the arrived workload equals it; %4 and %5 at %6 arrived (mean of %n seed(s)).</source>
        <translation>
            <numerusform>使用 %1 放置策略时，到达负载等于 GPU 容量时分配了 %2、碎片 %3；到达 %6 时为 %4 和 %5（%n 个种子的平均值）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Trace Lab sharing study of %1 on %2; inflation %3</source>
        <translation>Trace Lab 共享研究：%1 在 %2 上；膨胀系数 %3</translation>
    </message>
    <message>
        <source>Cannot keep the evidence: %1</source>
        <translation>无法保存证据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n metric statement(s) kept as evidence</source>
        <translation>
            <numerusform>已将 %n 条指标陈述保存为证据</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 jobs) on %3 (%4 nodes, %5 GPUs)</source>
        <translation>%1（%2 个作业），运行于 %3（%4 个节点，%5 个 GPU）</translation>
    </message>
</context>
<context>
    <name>debrief::studio::ShortcutCheatSheet</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>(a key of this page without a description)</source>
        <translation>（此页面上没有说明的按键）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every shortcut of the studio, read from its actions.</source>
        <translation>本工作室的所有快捷键，读取自其操作。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>debrief::studio::StudioApplication</name>
    <message>
        <source>Database not opened</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <source>The database cannot be used:
%1

It has not been changed. You can back it up and start with a fresh database, or continue without saving anything.</source>
        <translation>无法使用数据库：
%1

数据库未被更改。你可以先备份并使用新的数据库，或在不保存任何内容的情况下继续。</translation>
    </message>
    <message>
        <source>Back up and start fresh</source>
        <translation>备份并重新开始</translation>
    </message>
    <message>
        <source>Continue without saving</source>
        <translation>不保存并继续</translation>
    </message>
    <message>
        <source>The old database was copied to %1; a fresh one is in use.</source>
        <translation>旧数据库已复制到 %1；现正使用新数据库。</translation>
    </message>
    <message>
        <source>%1
Continuing without saving.</source>
        <translation>%1
将在不保存的情况下继续。</translation>
    </message>
    <message>
        <source>The database cannot be used:
%1

It has not been changed. Debrief Studio continues without saving anything.</source>
        <translation>无法使用该数据库：
%1

数据库未被修改。Debrief Studio 将在不保存任何内容的情况下继续运行。</translation>
    </message>
    <message>
        <source>Debrief Studio stopped unexpectedly</source>
        <translation>Debrief Studio 意外停止</translation>
    </message>
</context>
<context>
    <name>debrief::studio::StudioPage</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TimeSeriesChartView</name>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1：%3 时为 %2</translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceFilterEditor</name>
    <message>
        <source>%1 (%2 jobs)</source>
        <translation>%1（%2 个作业）</translation>
    </message>
    <message>
        <source>GPU jobs only</source>
        <translation>仅 GPU 作业</translation>
    </message>
    <message>
        <source>A&amp;pply filter</source>
        <translation>应用筛选(&amp;P)</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>清除(&amp;R)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Submitted from (hours after the first submit)</source>
        <translation>提交时间起点（首次提交后的小时数）</translation>
    </message>
    <message>
        <source>Submitted until (hours after the first submit)</source>
        <translation>提交时间终点（首次提交后的小时数）</translation>
    </message>
    <message>
        <source>Keep jobs submitted at or after this time, in hours after the trace&apos;s first submit</source>
        <translation>保留在此时间或之后提交的作业，以轨迹首次提交后的小时数计</translation>
    </message>
    <message>
        <source>Keep jobs submitted at or before this time, in hours after the trace&apos;s first submit</source>
        <translation>保留在此时间或之前提交的作业，以轨迹首次提交后的小时数计</translation>
    </message>
    <message>
        <source>Leave out the jobs that ask for no GPU</source>
        <translation>排除不请求 GPU 的作业</translation>
    </message>
    <message>
        <source>Users to keep</source>
        <translation>要保留的用户</translation>
    </message>
    <message>
        <source>Check the users to keep; none checked keeps every user</source>
        <translation>勾选要保留的用户；不勾选则保留所有用户</translation>
    </message>
    <message>
        <source>Virtual clusters to keep</source>
        <translation>要保留的虚拟集群</translation>
    </message>
    <message>
        <source>Check the virtual clusters to keep; none checked keeps them all</source>
        <translation>勾选要保留的虚拟集群；不勾选则全部保留</translation>
    </message>
    <message>
        <source>Apply the trace filter</source>
        <translation>应用轨迹筛选</translation>
    </message>
    <message>
        <source>Clear the trace filter</source>
        <translation>清除轨迹筛选</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>提交时间：</translation>
    </message>
    <message>
        <source>Users / VCs:</source>
        <translation>用户 / 虚拟集群：</translation>
    </message>
    <message>
        <source>No trace is loaded.</source>
        <translation>未加载任何轨迹。</translation>
    </message>
    <message>
        <source>All %1 jobs are kept.</source>
        <translation>全部 %1 个作业均保留。</translation>
    </message>
    <message>
        <source>The filter keeps %1 of %2 jobs.</source>
        <translation>筛选保留了 %2 个作业中的 %1 个。</translation>
    </message>
    <message>
        <source>Filtering...</source>
        <translation>正在筛选...</translation>
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
    <message>
        <source>Save analysis...</source>
        <translation>保存分析...</translation>
    </message>
    <message>
        <source>Open analysis...</source>
        <translation>打开分析...</translation>
    </message>
    <message>
        <source>&amp;Save analysis...</source>
        <translation>保存分析(&amp;S)...</translation>
    </message>
    <message>
        <source>Open ana&amp;lysis...</source>
        <translation>打开分析(&amp;L)...</translation>
    </message>
    <message>
        <source>Use as &amp;evidence</source>
        <translation>用作证据(&amp;E)</translation>
    </message>
    <message>
        <source>Save analysis</source>
        <translation>保存分析</translation>
    </message>
    <message>
        <source>Save the results and charts under a name, to reopen without replaying (Ctrl+S)</source>
        <translation>以名称保存结果和图表，无需重新回放即可再次打开（Ctrl+S）</translation>
    </message>
    <message>
        <source>Open a saved analysis</source>
        <translation>打开已保存的分析</translation>
    </message>
    <message>
        <source>Show a saved analysis again, or delete saved ones</source>
        <translation>再次查看已保存的分析，或删除已保存的分析</translation>
    </message>
    <message>
        <source>Use the comparison as evidence</source>
        <translation>将比较结果用作证据</translation>
    </message>
    <message>
        <source>Keep each sentence of the comparison, with its numbers and source, as a metric statement for your answers</source>
        <translation>将比较中的每句话连同其数字和来源保存为指标陈述，供回答时使用</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filtering %1...</source>
        <translation>正在筛选 %1...</translation>
    </message>
    <message>
        <source>Filter applied: %1 of %2 jobs kept</source>
        <translation>已应用筛选：保留 %2 个作业中的 %1 个</translation>
    </message>
    <message>
        <source>No database is open, so analyses cannot be saved.</source>
        <translation>未打开数据库，因此无法保存分析。</translation>
    </message>
    <message>
        <source>Saved analysis &quot;%1&quot;: %2 (%3 jobs), %4 policies, as saved; nothing was replayed.</source>
        <translation>已保存的分析“%1”：%2（%3 个作业），%4 种策略，按保存时的结果显示；未进行回放。</translation>
    </message>
    <message>
        <source>%1 on %2 GPUs</source>
        <translation>%1，%2 块 GPU</translation>
    </message>
    <message>
        <source>Name of the analysis:</source>
        <translation>分析名称：</translation>
    </message>
    <message>
        <source>Use as evidence</source>
        <translation>用作证据</translation>
    </message>
    <message>
        <source>The comparison is saved as an analysis first. Name of the analysis:</source>
        <translation>比较结果将先保存为分析。分析名称：</translation>
    </message>
    <message>
        <source>On the GPU</source>
        <translation>在 GPU 上</translation>
    </message>
    <message numerus="yes">
        <source>%n metric statement(s) from &quot;%1&quot; are kept as evidence. &lt;a href=&quot;design-round&quot;&gt;Cite them in the design round&lt;/a&gt;.</source>
        <translation>
            <numerusform>来自“%1”的 %n 条指标陈述已保存为证据。&lt;a href=&quot;design-round&quot;&gt;在设计轮中引用&lt;/a&gt;。</numerusform>
        </translation>
    </message>
    <message>
        <source>(same as %1)</source>
        <translation>（与 %1 相同）</translation>
    </message>
    <message>
        <source>Offered load %1: the jobs ask for more GPU-hours than %2 GPUs have, so queues grow without bound.</source>
        <translation>提供负载 %1：作业需要的 GPU 小时超过 %2 个 GPU 所能提供的，队列将无限增长。</translation>
    </message>
    <message>
        <source>Offered load %1 of %2 GPUs: busy; queueing delays will be long.</source>
        <translation>%2 个 GPU 的提供负载为 %1：繁忙，排队延迟会很长。</translation>
    </message>
    <message>
        <source>Offered load %1 of %2 GPUs: mostly idle; policies will hardly differ.</source>
        <translation>%2 个 GPU 的提供负载为 %1：大多空闲，各策略几乎没有差别。</translation>
    </message>
    <message>
        <source>Offered load %1 of %2 GPUs.</source>
        <translation>%2 个 GPU 的提供负载为 %1。</translation>
    </message>
    <message>
        <source>Jobs asking for more GPUs than the cluster has: %1 (the largest asks for %2); they are rejected.</source>
        <translation>请求的 GPU 多于集群总数的作业：%1 个（最大的请求 %2 个）；它们会被拒绝。</translation>
    </message>
    <message>
        <source>Suggested: %1 GPUs (load at most %2).</source>
        <translation>建议：%1 个 GPU（负载至多 %2）。</translation>
    </message>
    <message>
        <source>Open a trace to see its load on this cluster.</source>
        <translation>打开一个 trace 以查看它在此集群上的负载。</translation>
    </message>
    <message>
        <source>Offered load: the GPU-hours the accepted jobs ask for, divided by the cluster&apos;s GPU-hours between the first and the last submit.</source>
        <translation>提供负载：被接受作业所需的 GPU 小时，除以集群在第一次与最后一次提交之间的 GPU 小时。</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>JCT and slowdown CDFs, waiting and preempted time, fairness, delays by job size and run time</source>
        <translation>JCT 和减速比 CDF、等待和被抢占时间、公平性、按作业规模和运行时间划分的延迟</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Export every chart as PNG or SVG, one file each</source>
        <translation>将每个图表导出为 PNG 或 SVG，每个图表一个文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No chart holds anything yet: replay first</source>
        <translation>图表中还没有数据：请先回放</translation>
    </message>
    <message>
        <source>Export every chart (one file each)</source>
        <translation>导出所有图表（每个一个文件）</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n chart(s)...</source>
        <translation>
            <numerusform>正在写入 %n 个图表...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个图表写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) could not be written:</source>
        <translation>
            <numerusform>%n 个图表无法写入：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::studio::TraceLabSession</name>
    <message>
        <source>Replay cancelled</source>
        <translation>回放已取消</translation>
    </message>
    <message>
        <source>An import is already running; cancel it first.</source>
        <translation>已有导入正在进行；请先取消。</translation>
    </message>
    <message>
        <source>Loaded %1: %2 jobs</source>
        <translation>已加载 %1：%2 个作业</translation>
    </message>
    <message>
        <source>Filter applied: %1 of %2 jobs kept</source>
        <translation>已应用筛选：保留 %2 个作业中的 %1 个</translation>
    </message>
    <message>
        <source>Replayed %1 policies</source>
        <translation>已回放 %1 种策略</translation>
    </message>
    <message>
        <source>Opened analysis &quot;%1&quot;</source>
        <translation>已打开分析“%1”</translation>
    </message>
    <message>
        <source>Cannot save the analysis: %1</source>
        <translation>无法保存分析：%1</translation>
    </message>
    <message>
        <source>Analysis &quot;%1&quot; saved</source>
        <translation>分析“%1”已保存</translation>
    </message>
    <message>
        <source>Cannot open the analysis: %1</source>
        <translation>无法打开分析：%1</translation>
    </message>
    <message>
        <source>The analysis names a policy this version does not know</source>
        <translation>该分析包含此版本不支持的策略</translation>
    </message>
    <message>
        <source>Trace Lab replay of %1 (%2 jobs) on %3 GPUs at %4 per GPU-hour; policies %5</source>
        <translation>轨迹实验室回放 %1（%2 个作业），%3 块 GPU，每 GPU 小时 %4；策略 %5</translation>
    </message>
    <message>
        <source>Cannot keep the evidence: %1</source>
        <translation>无法保存证据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n metric statement(s) kept as evidence</source>
        <translation>
            <numerusform>已将 %n 条指标陈述保存为证据</numerusform>
        </translation>
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
    <message>
        <source>%1 of %2 jobs use no GPU (CPU only); --gpu-jobs-only leaves them out of a replay</source>
        <translation>%2 个作业中有 %1 个不使用 GPU（仅 CPU）；--gpu-jobs-only 会在回放中排除它们</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) never started (no start time): kept with run time 0 and no trace start</source>
        <translation>
            <numerusform>%Ln 个作业从未启动（没有开始时间）：保留，运行时间记为 0，不计入轨迹起点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) with no end time (unfinished when the trace was cut): kept with run time 0</source>
        <translation>
            <numerusform>%Ln 个作业没有结束时间（轨迹截止时尚未完成）：保留，运行时间记为 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) skipped (lenient import)</source>
        <translation>
            <numerusform>已跳过 %Ln 个错误行（宽松导入）</numerusform>
        </translation>
    </message>
    <message>
        <source>Philly: run time = sum of all attempts&apos; run times, GPUs = the most any attempt used, trace start = the first attempt&apos;s start</source>
        <translation>Philly：运行时间 = 所有尝试运行时间之和，GPU 数 = 单次尝试使用的最大值，轨迹起点 = 第一次尝试的开始时间</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) with more than one attempt</source>
        <translation>
            <numerusform>%Ln 个作业有多于一次尝试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) with no attempts (never scheduled): kept with 0 GPUs and run time 0</source>
        <translation>
            <numerusform>%Ln 个作业没有任何尝试（从未被调度）：保留，GPU 数和运行时间均记为 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) with an attempt with no end_time (still running when the log was cut): that attempt adds no run time</source>
        <translation>
            <numerusform>%Ln 个作业有一次尝试没有 end_time（日志截止时仍在运行）：该次尝试不计运行时间</numerusform>
        </translation>
    </message>
    <message>
        <source>PAI: no job table given, so jobs have no user</source>
        <translation>PAI：未提供作业表，因此作业没有用户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) with no row in the job table (no user)</source>
        <translation>
            <numerusform>%Ln 个任务在作业表中没有对应行（无用户）</numerusform>
        </translation>
    </message>
    <message>
        <source>openb: submit = creation_time, run time = deletion_time - scheduled_time, GPUs = num_gpu x gpu_milli/1000 rounded up per GPU (shares are packed only on a node list: share, replay --node-list --share-gpus)</source>
        <translation>openb：提交时间 = creation_time，运行时间 = deletion_time - scheduled_time，GPU 数 = num_gpu x gpu_milli/1000，按每个 GPU 向上取整（只有在节点列表上才会打包共享：share、replay --node-list --share-gpus）</translation>
    </message>
    <message>
        <source>PAI: each task row is one job (the tasks of a job share its id); GPUs = inst_num x plan_gpu/100 rounded up per instance</source>
        <translation>PAI：每个任务行是一个作业（同一作业的任务共享其 ID）；GPU 数 = inst_num x plan_gpu/100，按每个实例向上取整</translation>
    </message>
    <message>
        <source>PAI has no submit time: submit = the task&apos;s start_time, so the trace itself shows no queueing (a task that never started cannot be placed and is a bad row)</source>
        <translation>PAI 没有提交时间：提交时间 = 任务的 start_time，因此轨迹本身不显示排队（从未启动的任务无法放置，计为错误行）</translation>
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
    <message>
        <source>Sweep backend</source>
        <translation>扫描后端</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU（CUDA）</translation>
    </message>
    <message>
        <source>No usable CUDA device: %1</source>
        <translation>没有可用的 CUDA 设备：%1</translation>
    </message>
    <message>
        <source>%1 scenarios (%2); %3 on the Pareto frontier. Click a point to replay it.</source>
        <translation>%1 个场景（%2）；%3 个位于帕累托前沿。点击一个点即可回放。</translation>
    </message>
    <message>
        <source>The GPU was not used for some: %1</source>
        <translation>部分场景未使用 GPU：%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 个在 %2 上</translation>
    </message>
    <message>
        <source>Backend: GPU %1; preemptive policies on the CPU pool (%2 threads)</source>
        <translation>后端：GPU %1；抢占式策略在 CPU 线程池上运行（%2 个线程）</translation>
    </message>
    <message>
        <source>fifo, first-fit, sjf, easy-backfill and priority replay on the GPU; the results are identical to the CPU engine&apos;s.</source>
        <translation>fifo、first-fit、sjf、easy-backfill 和 priority 在 GPU 上回放；结果与 CPU 引擎完全一致。</translation>
    </message>
    <message>
        <source>The GPU is available; choose Auto or GPU to use it.</source>
        <translation>GPU 可用；选择“自动”或“GPU”即可使用。</translation>
    </message>
    <message>
        <source>Arrival-rate scales</source>
        <translation>到达速率倍数</translation>
    </message>
    <message>
        <source>How much faster jobs arrive than in the trace (2 = twice as fast, 0.5 = half), separated by commas or spaces; 1 is the trace as recorded</source>
        <translation>作业到达比轨迹中快多少（2 = 两倍速，0.5 = 一半），以逗号或空格分隔；1 表示按记录的轨迹</translation>
    </message>
    <message>
        <source>&amp;Arrival rates (x):</source>
        <translation>到达速率(&amp;A)（倍）：</translation>
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
    <message>
        <source>GPU: %1</source>
        <translation>GPU：%1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Replayed on</source>
        <translation>回放于</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>到达速率</translation>
    </message>
</context>
</TS>
