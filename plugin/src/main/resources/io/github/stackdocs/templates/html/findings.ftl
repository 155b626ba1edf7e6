<#if stack.findings?has_content>
<section>
<@h 2 "findings" "Findings"/>
<@table ["Severity", "Location", "Message"] "stackdocs-sortable">
<#list stack.findings as f>
<tr><td><@severity f.severity/></td><td><code>${f.location}</code></td><td>${f.message}</td></tr>
</#list>
</@table>
</section>
</#if>
