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
<#-- A resource's key properties: name, value (and the expression written when the environment gave another), what
     the catalog says. The one place the HTML pages render resource properties. -->
<#macro properties r>
<#if r.properties?has_content>
<@table ["Property", "Value", "Description"] "sd-props">
<#list r.properties as p>
<tr><td><code>${p.name}</code></td><td>${code(p.value)}<#if p.written?has_content> (from ${code(p.written)})</#if></td><td>${p.summary}</td></tr>
</#list>
</@table>
<#if r.moreProperties gt 0>
<p class="sd-more">And ${r.moreProperties} more <#if r.moreProperties == 1>property<#else>properties</#if>.</p>
</#if>
</#if>
</#macro>
