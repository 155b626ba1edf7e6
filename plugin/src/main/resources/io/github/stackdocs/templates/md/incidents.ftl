<#-- Past incidents from the annotations file, newest first: the table, and a stack page's section (stack.ftl). -->
<#macro incidentTable rows>
| Date | Incident | Affected | Actions |
|---|---|---|---|
<#list rows as i>
| ${i.date} | ${i.id}: <#if i.link??><@weblink i.link/><#else>${i.title}</#if> | <@links i.resources/> | <#list i.actions as a>${a}<#sep>; </#list> |
</#list>
</#macro>
<#if stack?? && incidents?? && incidents.stack(stack.name)?has_content>
<a id="past-incidents"></a>
## Past incidents

From the annotations file, newest first; the [incidents page](<#if stack.page?contains("/")>../</#if>${incidentsPage}.md) lists every incident.

<@incidentTable incidents.stack(stack.name)/>

</#if>
