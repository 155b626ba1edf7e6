<#-- Shared macros for the Markdown templates. Links are built by the view from sanitized names only. -->
<#macro link l>[${l.text}](${l.md?no_esc})</#macro>
<#macro links ls><#list ls as l><@link l/><#sep>, </#list></#macro>
<#-- An annotation (owner, team, tier ...) as list items; link targets are http(s) URLs made safe by the view. -->
<#macro weblink l>[${l.text}](${l.href?no_esc})</#macro>
<#macro annotation a>
<#if a.owner?has_content>
- Owner: ${a.owner}
</#if>
<#if a.team?has_content>
- Team: ${a.team}
</#if>
<#if a.tier?has_content>
- Tier: ${a.tier}
</#if>
<#if a.slo?has_content>
- SLO: ${a.slo}
</#if>
<#if a.oncall??>
- On call: <@weblink a.oncall/>
</#if>
<#if a.escalation??>
- Escalation: <@weblink a.escalation/>
</#if>
<#if a.compliance?has_content>
- Compliance: ${a.compliance}
</#if>
<#if a.notes?has_content>
- Notes: ${a.notes}
</#if>
<#if a.links?has_content>
- Links: <#list a.links as l><@weblink l/><#sep>, </#list>
</#if>
</#macro>
<#-- A property value shown whole below the properties table (ValueView, built by the view): mappings and lists as
     nested lists (two spaces more per level), tables and lines inside their list item (indented to its text). -->
<#macro valueBlock v indent>
<#if v.kind == "map">
<#list v.entries as e>
<#if e.value.kind == "text">
${indent?no_esc}- ${e.key}: ${code(e.value.text)}
<#else>
${indent?no_esc}- ${e.key}:<#if e.value.kind == "lines" && e.value.text?has_content> ${code(e.value.text)}</#if>
<@valueChild e.value indent + "  "/>
</#if>
</#list>
<#elseif v.kind == "list">
<#list v.items as i>
<#if i.kind == "text">
${indent?no_esc}- ${code(i.text)}
<#else>
${indent?no_esc}- Item ${i?counter}<#if i.kind == "lines" && i.text?has_content>: ${code(i.text)}</#if>
<@valueChild i indent + "  "/>
</#if>
</#list>
<#elseif v.kind == "table">
<@valueTable v.table v.table.caption indent/>
<#elseif v.kind == "lines">
<@valueLines v indent/>
<#else>
${indent?no_esc}${code(v.text)}
</#if>
</#macro>
<#macro valueChild v indent>
<#if v.kind == "map" || v.kind == "list">
<@valueBlock v indent/>
<#else>

<@valueBlock v indent/>

</#if>
</#macro>
<#-- Cells are lines of short-form text, <br> between them. -->
<#macro valueTable t heading indent strong=false>
<#if heading?has_content>
${indent?no_esc}<#if strong>**${heading}**<#else>${heading}</#if>

</#if>
${indent?no_esc}|<#list t.columns as c> ${c} |</#list>
${indent?no_esc}|<#list t.columns as c>---|</#list>
<#list t.rows as row>
${indent?no_esc}|<#list row as cell> <#list cell as l>${code(l)}<#sep><br></#sep></#list> |</#list>
</#list>
</#macro>
<#-- Lines of a text in monospace, indentation kept (no-break spaces), an empty line kept. -->
<#macro valueLines v indent>
<#list v.lines as l>
${indent?no_esc}<#if l?has_content>${code(l?replace("\\G ", "\xA0", "r"))}<#else>&nbsp;</#if><#sep>\</#sep>
</#list>
</#macro>
<#-- Every property: the table, then each value too large for it, collapsed (<details>, GitHub-safe) when large. -->
<#macro properties ps>
<#if ps?has_content>
| Property | Value | Description |
|---|---|---|
<#list ps as p>
| ${p.name} | <#if p.detail??>${p.value} (below)<#else>${code(p.value)}<#if p.written?has_content> (from ${code(p.written)})</#if></#if><#if p.globals?has_content> (${p.globals})</#if> | ${p.summary} |
</#list>

<#list ps as p>
<#if p.detail??>
<#if p.collapsed>
<details>
<summary>${label(p.name + ": " + p.value)}</summary>

<@valueBlock p.detail ""/>

</details>
<#elseif p.detail.kind == "table">
<@valueTable p.detail.table p.name + p.detail.table.caption?has_content?then(" (" + p.detail.table.caption + ")", "") "" true/>
<#else>
**${p.name}**

<@valueBlock p.detail ""/>
</#if>

</#if>
</#list>
</#if>
</#macro>
