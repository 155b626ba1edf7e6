<#-- Shared macros for the HTML pages. Every ${value} is HTML-escaped; ?no_esc only for markup the view or the site
     built (navigation, breadcrumbs). Link targets are built by the view from sanitized names only. -->
<#-- The HTML target of a view link: its Markdown target with .html for .md (same page: the #anchor). -->
<#function href l>
<#if l.md?starts_with("#")><#return l.md></#if>
<#local hash = l.md?index_of("#")>
<#if hash lt 0><#return l.md?remove_ending(".md") + ".html"></#if>
<#return l.md?substring(0, hash)?remove_ending(".md") + ".html" + l.md?substring(hash)>
</#function>
<#macro link l><a href="${href(l)}">${l.text}</a></#macro>
<#macro links ls><#list ls as l><@link l/><#sep>, </#list></#macro>
<#macro weblink l><a href="${l.href}" rel="noopener">${l.text}</a></#macro>
<#-- A section heading with its anchor and a self link. -->
<#macro h level id text><h${level} id="${id}"><a class="sd-anchor" href="#${id}" aria-hidden="true">#</a>${text}</h${level}></#macro>
<#-- A table that scrolls sideways when wider than the page; cells wrap at word boundaries. -->
<#macro table headers class="">
<div class="sd-table"><table<#if class?has_content> class="${class}"</#if>>
<thead><tr><#list headers as h><th scope="col">${h}</th></#list></tr></thead>
<tbody>
<#nested>
</tbody></table></div>
</#macro>
<#macro severity s><span class="sd-sev sd-sev-${s?lower_case}">${s}</span></#macro>
<#-- An annotation (owner, team, tier ...) as definition-list entries. -->
<#macro annotation a>
<#if a.owner?has_content><dt>Owner</dt><dd>${a.owner}</dd></#if>
<#if a.team?has_content><dt>Team</dt><dd>${a.team}</dd></#if>
<#if a.tier?has_content><dt>Tier</dt><dd>${a.tier}</dd></#if>
<#if a.slo?has_content><dt>SLO</dt><dd>${a.slo}</dd></#if>
<#if a.oncall??><dt>On call</dt><dd><@weblink a.oncall/></dd></#if>
<#if a.escalation??><dt>Escalation</dt><dd><@weblink a.escalation/></dd></#if>
<#if a.compliance?has_content><dt>Compliance</dt><dd>${a.compliance}</dd></#if>
<#if a.notes?has_content><dt>Notes</dt><dd>${a.notes}</dd></#if>
<#if a.links?has_content><dt>Links</dt><dd><#list a.links as l><@weblink l/><#sep>, </#list></dd></#if>
</#macro>
<#-- A diagram's SVG, zoomable and pannable in the page (stackdocs.js), with a link to open it full size. -->
<#macro svg d alt>
<figure class="sd-diagram" data-src="${d.image}">
<div class="sd-diagram-view"><object type="image/svg+xml" data="${d.image}">${alt}</object></div>
<figcaption><a href="${d.image}">Open full size</a><#if d.source?has_content> · <a href="${d.source}">Mermaid source</a></#if></figcaption>
</figure>
</#macro>
<#-- A value shown whole below the properties table (render/view/ValueView): nested lists, a structured table
     (IAM statements, security-group rules, containers) or lines of text with their indentation. -->
<#macro valueBlock v>
<#if v.kind == "map">
<ul class="sd-value"><#list v.entries as e><li>${e.key}: <#if e.value.kind == "text">${code(e.value.text)}<#else><#if e.value.kind == "lines" && e.value.text?has_content>${code(e.value.text)}</#if><@valueBlock e.value/></#if></li></#list></ul>
<#elseif v.kind == "list">
<ul class="sd-value"><#list v.items as i><li><#if i.kind == "text">${code(i.text)}<#else>Item ${i?counter}<#if i.kind == "lines" && i.text?has_content>: ${code(i.text)}</#if><@valueBlock i/></#if></li></#list></ul>
<#elseif v.kind == "table">
<@valueTable v.table v.table.caption/>
<#elseif v.kind == "lines">
<pre class="sd-lines"><#list v.lines as l>${l}<#sep>
</#sep></#list></pre>
<#else>
${code(v.text)}
</#if>
</#macro>
<#-- A structured table: cells are lines of short-form text. -->
<#macro valueTable t heading>
<#if heading?has_content><p class="sd-value-heading">${heading}</p></#if>
<@table t.columns "sd-value-table">
<#list t.rows as row>
<tr><#list row as cell><td><#list cell as l>${code(l)}<#sep><br></#sep></#list></td></#list></tr>
</#list>
</@table>
</#macro>
<#-- A resource's properties: name, value (and the expression written when the environment gave another, or where
     SAM Globals come in), what the catalog says; then each value too large for the table, whole, large ones folded
     in <details>. The one place the HTML pages render resource properties. -->
<#macro properties r>
<#if r.properties?has_content>
<@table ["Property", "Value", "Description"] "sd-props">
<#list r.properties as p>
<tr><td><code>${p.name}</code></td><td><#if p.detail??>${p.value} (below)<#else>${code(p.value)}<#if p.written?has_content> (from ${code(p.written)})</#if></#if><#if p.globals?has_content> (${p.globals})</#if></td><td>${p.summary}</td></tr>
</#list>
</@table>
<#list r.properties as p>
<#if p.detail??>
<#if p.collapsed>
<details class="sd-detail"><summary><code>${p.name}</code>: ${p.value}</summary>
<@valueBlock p.detail/>
</details>
<#elseif p.detail.kind == "table">
<@valueTable p.detail.table p.name + p.detail.table.caption?has_content?then(" (" + p.detail.table.caption + ")", "")/>
<#else>
<p class="sd-value-heading"><code>${p.name}</code></p>
<@valueBlock p.detail/>
</#if>
</#if>
</#list>
</#if>
<#if r.rule??>
<@valueTable r.rule "Rule"/>
</#if>
</#macro>
