<#if stack.resourceCount gt 0>
[[diagram]]
== Diagram

[source,mermaid]
----
${stack.diagram?no_esc}
----

</#if>
