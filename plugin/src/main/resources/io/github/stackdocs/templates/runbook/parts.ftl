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
<#macro scenarios rows>
<#list rows as r>
${r[0]}::
${r[1]}
</#list>
</#macro>
