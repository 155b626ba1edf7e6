<#-- Observability coverage per stack; only when the pipeline provides it. -->
<#if coverage?? && coverage?has_content>
<section>
<@h 2 "observability-coverage" "Observability coverage"/>
<p>Resources of kinds that need watching, and what the templates give them: an alarm that watches them, log retention, a dead-letter queue, a backup. MISSING is a gap (each is also a finding); depends means an expression decides at deploy time.</p>
<#list coverage as c>
<h3>${c.stack}</h3>
<@table ["Resource", "Type", "Alarm", "Log retention", "Dead-letter queue", "Backup", "Runbook"] "sd-coverage">
<#list c.rows as r>
<tr><td>${r.resource}</td><td>${r.type}</td><td>${r.alarm}</td><td>${r.logRetention}</td><td>${r.deadLetter}</td><td>${r.backup}</td><td><#if r.runbookAdoc?has_content><a href="${r.runbookAdoc?remove_ending(".adoc")}.html">runbook</a><#elseif r.runbookPath?has_content>${code(r.runbookPath)}</#if></td></tr>
</#list>
</@table>
</#list>
</section>
</#if>
