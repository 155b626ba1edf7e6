<#-- Shared macros for the AsciiDoc templates. Link targets are built by the view from sanitized names only. -->
<#macro link l>xref:${l.adoc?no_esc}[${l.text}]</#macro>
<#macro links ls><#list ls as l><@link l/><#sep>, </#list></#macro>
<#-- An annotation (owner, team, tier ...) as list items; link targets are http(s) URLs made safe by the view. -->
<#macro weblink l>link:${l.href?no_esc}[${l.text}]</#macro>
<#macro annotation a>
<#if a.owner?has_content>
* Owner: ${a.owner}
</#if>
<#if a.team?has_content>
* Team: ${a.team}
</#if>
<#if a.tier?has_content>
* Tier: ${a.tier}
</#if>
<#if a.slo?has_content>
* SLO: ${a.slo}
</#if>
<#if a.oncall??>
* On call: <@weblink a.oncall/>
</#if>
<#if a.escalation??>
* Escalation: <@weblink a.escalation/>
</#if>
<#if a.compliance?has_content>
* Compliance: ${a.compliance}
</#if>
<#if a.notes?has_content>
* Notes: ${a.notes}
</#if>
<#if a.links?has_content>
* Links: <#list a.links as l><@weblink l/><#sep>, </#list>
</#if>
</#macro>
<#-- A diagram's SVG: an object in HTML (hover titles work, it scales to the page), a plain image where GitHub renders
     the page (it drops objects). The path is built by the view from sanitized names only. -->
<#macro svg d alt>
ifdef::env-github[]
image::${d.image?no_esc}[${alt}]
endif::[]
ifndef::env-github[]
++++
<div class="imageblock stackdocs-diagram"><div class="content"><object type="image/svg+xml" data="${d.image?no_esc}" style="max-width:100%;height:auto">${alt}</object></div></div>
++++
endif::[]
</#macro>
