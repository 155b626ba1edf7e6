<#include "lib.ftl">
= ${project.name?has_content?then(project.name, "Infrastructure")}
:toc: left
:sectanchors:
:idprefix:
:idseparator: -

[[stacks]]
== Stacks

<#if project.stackRows?has_content>
[cols="2,8,1,1,1,3",options="header"]
|===
|Stack |Description |Resources |Parameters |Outputs |Source file
<#list project.stackRows as s>

|<@link s.link/>
|${s.summary}
|${s.resources}
|${s.parameters}
|${s.outputs}
|${s.sourceFile}
</#list>
|===
<#else>
No stacks.
</#if>

<#include "owners.ftl">
<#if incidents?? && incidents.all?has_content>
[[past-incidents]]
== Past incidents

${incidents.all?size} <#if incidents.all?size == 1>incident<#else>incidents</#if> from the annotations file, the latest on ${incidents.all[0].date}: see the xref:${incidentsPage}.adoc[incidents page].

</#if>
[[cross-stack-dependencies]]
== Cross-stack dependencies

<#if project.stacks?size gt 1>
<#if project.systemDiagram.image?has_content>
<@svg project.systemDiagram "Diagram of the stacks"/>

link:${project.systemDiagram.source?no_esc}[Mermaid source]

<#else>
[source,mermaid]
----
${project.diagram?no_esc}
----

</#if>
</#if>
<#if project.stackDependencies?has_content>
[cols="1,1,2",options="header"]
|===
|Importing stack |Exporting stack |Exports
<#list project.stackDependencies as d>
|<@link d.importing/> |<@link d.exporting/> |${d.exports?join(", ")}
</#list>
|===
<#else>
No stack imports an export of another stack.
</#if>

[[exports]]
== Exports

<#if project.exports?has_content>
[cols="2,1,2,1",options="header"]
|===
|Export |Stack |Output |Imports
<#list project.exports as e>
|${e.name} |<@link e.stack/> |<@link e.output/> |${e.importers}
</#list>
|===
<#else>
No exports.
</#if>

<#include "security-overview.ftl">
<#include "readiness-overview.ftl">
<#include "drift.ftl">
<#include "coverage.ftl">
[[findings]]
== Findings

[cols="1,1",options="header"]
|===
|Severity |Count
<#list project.findingSummary as c>
|${c.severity} |${c.count}
</#list>
|===

<#if project.findings?has_content>
[cols="1,2,1,4",options="header"]
|===
|Severity |Location |Stack |Message
<#list project.findings as f>
|${f.severity} |${f.location} |${f.stack} |${f.message}
</#list>
|===
</#if>
