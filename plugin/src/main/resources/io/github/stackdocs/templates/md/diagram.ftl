<#if stack.resourceCount gt 0>
<#assign d = stack.diagrams>
<a id="diagram"></a>
## Diagram

<#if d.summarized>
> At ${d.detailedNodes} nodes the detailed diagram of this stack is too big to read as one picture, so the
> services are shown<#if d.levels?has_content>; the detailed levels are linked below<#else>; generate AsciiDoc or HTML for SVGs of every level</#if>.

</#if>
```mermaid
${stack.diagram?no_esc}
```

<#if d.levels?has_content>
Levels (SVG): <#list d.levels as l><#if l.shown>**${l.text}** (shown)<#else>[${l.text}](${l.href?no_esc})</#if><#sep> · </#list>

</#if>
</#if>
