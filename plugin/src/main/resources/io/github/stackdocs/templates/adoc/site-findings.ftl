<#-- The doc site's findings page (HTML site and Antora only): every finding of every stack, most severe first. -->
<#include "lib.ftl">
= Findings
:sectanchors:
:idprefix:
:idseparator: -

Every finding across the stacks of ${project.name?has_content?then(project.name, "the project")}, most severe first.

[[summary]]
== Summary

[cols="1,1",options="header"]
|===
|Severity |Count
<#list project.findingSummary as c>
|${c.severity} |${c.count}
</#list>
|===

[[all-findings]]
== All findings

<#if findings?has_content>
In the HTML site, select a column heading to sort by it.

[.stackdocs-sortable,cols="1,2,2,1,5",options="header"]
|===
|Severity |Code |Location |Stack |Message
<#list findings as f>
|${f.severity} |${f.code} |${f.location} |<#if f.stack??><@link f.stack/><#else>${f.stackName}</#if> |${f.message}
</#list>
|===
<#else>
No findings.
</#if>
