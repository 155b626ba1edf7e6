<#-- Past incidents from the annotations file, newest first: the table, and a stack page's section (stack.ftl). -->
<#macro incidentTable rows>
<@table ["Date", "Incident", "Affected", "Actions"]>
<#list rows as i>
<tr><td>${i.date}</td><td>${i.id}: <#if i.link??><@weblink i.link/><#else>${i.title}</#if></td><td><@links i.resources/></td><td><#if i.actions?has_content><ul><#list i.actions as a><li>${a}</li></#list></ul></#if></td></tr>
</#list>
</@table>
</#macro>
<#if stack?? && incidents?? && incidents.stack(stack.name)?has_content>
<section>
<@h 2 "past-incidents" "Past incidents"/>
<p>From the annotations file, newest first; the <a href="<#if stack.page?contains("/")>../</#if>${incidentsPage}.html">incidents page</a> lists every incident.</p>
<@incidentTable incidents.stack(stack.name)/>
</section>
</#if>
