<#if stack.resourceCount gt 0>
<#assign d = stack.diagrams>
[[diagram]]
== Diagram

<#if d.summarized>
NOTE: At ${d.detailedNodes} nodes the detailed diagram of this stack is too big to read as one picture, so the
services are shown; the detailed levels are linked below.

</#if>
<#if d.image?has_content>
<@svg d "Diagram of the stack"/>

Levels: <#list d.levels as l><#if l.shown>*${l.text}* (shown)<#else>link:${l.href?no_esc}[${l.text}]</#if><#sep> · </#list> · link:${d.source?no_esc}[Mermaid source]

<#else>
[source,mermaid]
----
${stack.diagram?no_esc}
----

</#if>
</#if>
