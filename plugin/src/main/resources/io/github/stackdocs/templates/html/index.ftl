<#-- The overview: the stacks, how they import from each other, exports, drift, coverage, and the findings as counts
     with the errors and warnings listed (every finding is on the findings page). -->
<#import "layout.ftl" as layout>
<#include "lib.ftl">
<#assign title = project.name?has_content?then(project.name, "Infrastructure")>
<@layout.page title=title>
<h1>${title}</h1>
<div class="sd-cards">
<div class="sd-card"><span class="sd-card-n">${project.stacks?size}</span> <#if project.stacks?size == 1>stack<#else>stacks</#if></div>
<#assign resources = 0><#list project.stackRows as s><#assign resources += s.resources></#list>
<div class="sd-card"><span class="sd-card-n">${resources}</span> <#if resources == 1>resource<#else>resources</#if></div>
<div class="sd-card"><span class="sd-card-n">${project.exports?size}</span> <#if project.exports?size == 1>export<#else>exports</#if></div>
<#list project.findingSummary as c><div class="sd-card sd-card-${c.severity?lower_case}"><span class="sd-card-n">${c.count}</span> ${c.severity}</div></#list>
</div>
<section>
<@h 2 "stacks" "Stacks"/>
<#if project.stackRows?has_content>
<@table ["Stack", "Description", "Resources", "Parameters", "Outputs", "Source file"]>
<#list project.stackRows as s>
<tr><td><@link s.link/></td><td>${s.summary}</td><td class="sd-num">${s.resources}</td><td class="sd-num">${s.parameters}</td><td class="sd-num">${s.outputs}</td><td><code>${s.sourceFile}</code></td></tr>
</#list>
</@table>
<#else>
<p>No stacks.</p>
</#if>
</section>
<#include "owners.ftl">
<#if incidents?? && incidents.all?has_content>
<section>
<@h 2 "past-incidents" "Past incidents"/>
<p>${incidents.all?size} <#if incidents.all?size == 1>incident<#else>incidents</#if> from the annotations file, the latest on ${incidents.all[0].date}: see the <a href="${incidentsPage}.html">incidents page</a>.</p>
</section>
</#if>
<section>
<@h 2 "cross-stack-dependencies" "Cross-stack dependencies"/>
<#if project.stacks?size gt 1 && project.systemDiagram.image?has_content>
<@svg project.systemDiagram "Diagram of the stacks"/>
</#if>
<#if project.stackDependencies?has_content>
<@table ["Importing stack", "Exporting stack", "Exports"]>
<#list project.stackDependencies as d>
<tr><td><@link d.importing/></td><td><@link d.exporting/></td><td>${d.exports?join(", ")}</td></tr>
</#list>
</@table>
<#else>
<p>No stack imports an export of another stack.</p>
</#if>
</section>
<section>
<@h 2 "exports" "Exports"/>
<#if project.exports?has_content>
<@table ["Export", "Stack", "Output", "Imports"]>
<#list project.exports as e>
<tr><td><code>${e.name}</code></td><td><@link e.stack/></td><td><@link e.output/></td><td class="sd-num">${e.importers}</td></tr>
</#list>
</@table>
<#else>
<p>No exports.</p>
</#if>
</section>
<#include "security-overview.ftl">
<#include "readiness-overview.ftl">
<#include "drift.ftl">
<#include "coverage.ftl">
<section>
<@h 2 "findings" "Findings"/>
<#assign serious = project.findings?filter(f -> f.severity == "ERROR" || f.severity == "WARN")>
<p><#list project.findingSummary as c>${c.count} ${c.severity}<#sep>, </#list><#if !project.findingSummary?has_content>No findings</#if>. <a href="findings.html">Every finding</a> is on the findings page.</p>
<#if serious?has_content>
<@table ["Severity", "Location", "Stack", "Message"] "stackdocs-sortable">
<#list serious as f>
<tr><td><@severity f.severity/></td><td><code>${f.location}</code></td><td><#if stackPages[f.stack]??><a href="${stackPages[f.stack]}.html#findings">${f.stack}</a><#else>${f.stack}</#if></td><td>${f.message}</td></tr>
</#list>
</@table>
</#if>
</section>
</@layout.page>
