<#if stack.resourceCount gt 0>
[[diagram]]
== Diagram

.Dependency diagram (Mermaid source: renders on GitHub and GitLab; an SVG diagram comes with the diagrams feature)
[%collapsible]
====
[source,mermaid]
----
${stack.diagram?no_esc}
----
====

</#if>
