<#-- Shared partials of the runbooks. A region is rewritten on every build; text outside regions belongs to people. -->
<#macro region id>
// stackdocs:begin ${id}
<#nested>
// stackdocs:end ${id}
</#macro>
<#macro items list empty>
<#if list?has_content>
<#list list as i>
* ${i}
</#list>
<#else>
${empty}
</#if>
</#macro>
<#macro facts list empty>
<#if list?has_content>
<#list list as f>
${f.label}:: ${code(f.value)}<#if f.note?has_content> -- ${f.note}</#if>
</#list>
<#else>
${empty}
</#if>
</#macro>
<#macro metricTable rows>
[cols="2,5",options="header"]
|===
|Metric |What it tells you
<#list rows as r>
|${code(r[0])} |${r[1]}
</#list>
|===
</#macro>
<#-- The other resources of a runbook's construct or SAM resource, with their deployed ids when known. -->
<#macro partsTable rb>
<#if rb.partsDeployed()>
[cols="3,3,3,3",options="header"]
|===
|Resource |Type |Role |Physical id
<#list rb.parts as p>
|${code(p.logicalId)} |${p.type} |${p.role} |<#if p.physicalId?has_content>${code(p.physicalId)}</#if>
</#list>
|===
<#else>
[cols="3,3,4",options="header"]
|===
|Resource |Type |Role
<#list rb.parts as p>
|${code(p.logicalId)} |${p.type} |${p.role}
</#list>
|===
</#if>
</#macro>
<#-- Failure scenarios; one with an AWS FIS experiment stub (game day) links it. -->
<#macro scenarios rows gamedays={}>
<#list rows as r>
${r[0]}::
${r[1]}
<#if gamedays[r[0]]??>
+
Game day: link:{stackdocs-gamedays}/${gamedays[r[0]]?no_esc}[AWS FIS experiment template stub] to review and run in a test environment (stackdocs never runs it).
</#if>
</#list>
</#macro>
<#-- Incidents of the annotations file that name this runbook's resources, newest first. -->
<#macro pastIncidents rows>
<#list rows as i>
* ${i.date}, ${i.id}: <#if i.link??><@weblink i.link/><#else>${i.title}</#if>
<#list i.actions as a>
** ${a}
</#list>
</#list>
</#macro>
<#-- Who owns it, from stackdocs.yaml, Metadata or tags; link targets are http(s) URLs made safe by the view. -->
<#macro weblink l>link:${l.href?no_esc}[${l.text}]</#macro>
<#macro ownership a>
[horizontal]
<#if a.owner?has_content>
Owner:: ${a.owner}
</#if>
<#if a.team?has_content>
Team:: ${a.team}
</#if>
<#if a.tier?has_content>
Tier:: ${a.tier}
</#if>
<#if a.slo?has_content>
SLO:: ${a.slo}
</#if>
<#if a.oncall??>
On call:: <@weblink a.oncall/>
</#if>
<#if a.escalation??>
Escalation:: <@weblink a.escalation/>
</#if>
<#if a.compliance?has_content>
Compliance:: ${a.compliance}
</#if>
<#if a.notes?has_content>
Notes:: ${a.notes}
</#if>
<#if a.links?has_content>
Links:: <#list a.links as l><@weblink l/><#sep>, </#list>
</#if>
</#macro>
