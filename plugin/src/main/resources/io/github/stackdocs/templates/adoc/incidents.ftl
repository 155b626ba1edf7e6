<#-- Past incidents from the annotations file, newest first: the table, and a stack page's section (stack.ftl). -->
<#macro incidentTable rows>
[cols="1,3,2,4",options="header"]
|===
|Date |Incident |Affected |Actions
<#list rows as i>
|${i.date} |${i.id}: <#if i.link??><@weblink i.link/><#else>${i.title}</#if> |<@links i.resources/> a|
<#list i.actions as a>
* ${a}
</#list>
</#list>
|===
</#macro>
<#if stack?? && incidents?? && incidents.stack(stack.name)?has_content>
[[past-incidents]]
== Past incidents

From the annotations file, newest first; the xref:<#if stack.page?contains("/")>../</#if>${incidentsPage}.adoc[incidents page] lists every incident.

<@incidentTable incidents.stack(stack.name)/>

</#if>
