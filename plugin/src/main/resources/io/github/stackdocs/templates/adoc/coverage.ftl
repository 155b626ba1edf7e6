<#-- Observability coverage per stack; only when the pipeline provides it. -->
<#if coverage?? && coverage?has_content>
[[observability-coverage]]
== Observability coverage

Resources of kinds that need watching, and what the templates give them: an alarm that watches them, log
retention, a dead-letter queue, a backup. MISSING is a gap (each is also a finding); depends means an
expression decides at deploy time.

<#list coverage as c>
.${c.stack}
[cols="3,3,1,1,1,1,2",options="header"]
|===
|Resource |Type |Alarm |Log retention |Dead-letter queue |Backup |Runbook
<#list c.rows as r>
|${r.resource} |${r.type} |${r.alarm} |${r.logRetention} |${r.deadLetter} |${r.backup} |<#if r.runbookAdoc?has_content>xref:${r.runbookAdoc?no_esc}[runbook]<#elseif r.runbookPath?has_content>${code(r.runbookPath)}</#if>
</#list>
|===

</#list>
</#if>
