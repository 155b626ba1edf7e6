<#-- The project's readiness scorecard: the score per stack, failures per check, the failing and the waived checks. -->
<#assign rd = project.readiness>
<#if rd.shown()>
[[readiness]]
== Readiness

*${rd.score.badge}*<#if rd.environment?has_content>, with the values of environment ${rd.environment}</#if>. Is each
stack ready to run: alarms, log retention, dead letters, backups and deletion policies, multi-AZ, encryption at rest,
alarms that notify, runbooks filled in, owner and on-call. Each stack page lists every check.

[cols="3,1,1,1,1,2",options="header"]
|===
|Stack |Score |Passed |Failed |Waived |Decided at deploy time
<#list rd.stacks as s>
|<@link s.stack/> |${s.score.percent}% |${s.score.passed} |${s.score.failed} |${s.score.waived} |${s.score.unknown}
</#list>
|===

<#if rd.failedByCheck?has_content>
[cols="2,1,1,4",options="header"]
|===
|Check |Severity |Failed |Passing means
<#list rd.failedByCheck as c>
|${c.check} |${c.severity} |${c.failed} |${c.title}
</#list>
|===

[cols="1,2,2,4,2,4",options="header"]
|===
|Severity |Check |Resource |What was found |Where |Fix
<#list rd.failing as r>
|${r.severity} |${r.check} |<#if r.resource??><@link r.resource/><#else>${r.subject}</#if> |${r.detail} |${r.location} |${r.fix}
</#list>
|===
<#if rd.score.failed gt rd.failing?size>

… and ${rd.score.failed - rd.failing?size} more on the stack pages.
</#if>

</#if>
<#if rd.waived?has_content>
[cols="2,2,4,2",options="header"]
|===
|Waived check |Resource |Reason |Written at
<#list rd.waived as r>
|${r.check} |<#if r.resource??><@link r.resource/><#else>${r.subject}</#if> |${r.waiver} |${r.waiverLocation}
</#list>
|===

</#if>
</#if>
