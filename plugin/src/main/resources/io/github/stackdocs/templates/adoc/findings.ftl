<#if stack.findings?has_content>
[[findings]]
== Findings

[cols="1,2,4",options="header"]
|===
|Severity |Location |Message
<#list stack.findings as f>
|${f.severity} |${f.location} |${f.message}
</#list>
|===

</#if>
