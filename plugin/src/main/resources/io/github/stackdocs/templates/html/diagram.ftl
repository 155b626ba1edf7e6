<#if stack.resourceCount gt 0 && stack.diagrams.image?has_content>
<#assign d = stack.diagrams>
<section>
<@h 2 "diagram" "Diagram"/>
<#if d.summarized>
<p class="sd-note">At ${d.detailedNodes} nodes the detailed diagram of this stack is too big to read as one picture, so the services are shown; the detailed levels are linked below.</p>
</#if>
<@svg d "Diagram of the stack"/>
<p class="sd-levels">Levels: <#list d.levels as l><#if l.shown><strong>${l.text}</strong> (shown)<#else><a href="${l.href}">${l.text}</a></#if><#sep> · </#list></p>
</section>
</#if>
