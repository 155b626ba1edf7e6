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
<#-- A diagram's SVG: interactive (hover titles) in HTML, a plain image where GitHub renders the page. -->
<#macro svg d alt>
ifdef::env-github[]
image::${d.image?no_esc}[${alt}]
endif::[]
ifndef::env-github[]
image::${d.image?no_esc}[${alt},opts=interactive]
endif::[]
</#macro>
