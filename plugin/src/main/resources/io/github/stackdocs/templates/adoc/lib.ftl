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
<#-- A property value shown whole below the properties table (ValueView, built by the view): mappings and lists as
     nested lists (one more * per level; the view nests at most five), tables and lines attached to their list item
     with +. -->
<#macro valueBlock v depth>
<#local stars = ""?left_pad(depth, "*")>
<#if v.kind == "map">
<#list v.entries as e>
<#if e.value.kind == "text">
${stars?no_esc} ${e.key}: ${code(e.value.text)}
<#else>
${stars?no_esc} ${e.key}:<#if e.value.kind == "lines" && e.value.text?has_content> ${code(e.value.text)}</#if>
<@valueChild e.value depth/>
</#if>
</#list>
<#elseif v.kind == "list">
<#list v.items as i>
<#if i.kind == "text">
${stars?no_esc} ${code(i.text)}
<#else>
${stars?no_esc} Item ${i?counter}<#if i.kind == "lines" && i.text?has_content>: ${code(i.text)}</#if>
<@valueChild i depth/>
</#if>
</#list>
<#elseif v.kind == "table">
<@valueTable v.table v.table.caption/>
<#elseif v.kind == "lines">
<@valueLines v/>
<#else>
${code(v.text)}
</#if>
</#macro>
<#macro valueChild v depth>
<#if v.kind == "map" || v.kind == "list">
<@valueBlock v depth + 1/>
<#else>
+
<@valueBlock v depth/>
</#if>
</#macro>
<#-- Cells are lines of short-form text, one hard line break between them. -->
<#macro valueTable t heading>
<#if heading?has_content>
.${label(heading)}
</#if>
[cols="${t.columns?size}*",options="header"]
|===
<#list t.columns as c>|${c}<#sep> </#sep></#list>
<#list t.rows as row>

<#list row as cell>
|<#list cell as l>${code(l)}<#sep>${" +\n"?no_esc}</#sep></#list>
</#list>
</#list>
|===
</#macro>
<#-- Lines of a text in monospace, indentation kept (no-break spaces), an empty line kept. -->
<#macro valueLines v>
<#list v.lines as l>
<#if l?has_content>${code(l?replace("\\G ", "\xA0", "r"))}<#else>{empty}</#if><#sep> +</#sep>
</#list>
</#macro>
<#-- Every property: the table, then each value too large for it, titled, collapsed when large. -->
<#macro properties ps>
<#if ps?has_content>
[cols="2,3,4",options="header"]
|===
|Property |Value |Description
<#list ps as p>
|${p.name} |<#if p.detail??>${p.value} (below)<#else>${code(p.value)}<#if p.written?has_content> (from ${code(p.written)})</#if></#if><#if p.globals?has_content> (${p.globals})</#if> |${p.summary}
</#list>
|===

<#list ps as p>
<#if p.detail??>
<#if p.collapsed>
.${label(p.name + ": " + p.value)}
[%collapsible]
====
<@valueBlock p.detail 1/>
====
<#elseif p.detail.kind == "table">
<@valueTable p.detail.table p.name + p.detail.table.caption?has_content?then(" (" + p.detail.table.caption + ")", "")/>
<#else>
.${label(p.name)}
<@valueBlock p.detail 1/>
</#if>

</#if>
</#list>
</#if>
</#macro>
