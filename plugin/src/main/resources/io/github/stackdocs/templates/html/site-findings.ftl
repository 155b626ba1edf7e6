<#-- The site's findings page: every finding of every stack, most severe first; the columns sort (stackdocs.js). -->
<#import "layout.ftl" as layout>
<#include "lib.ftl">
<@layout.page title="Findings">
<h1>Findings</h1>
<p>Every finding across the stacks of ${project.name?has_content?then(project.name, "the project")}, most severe first.</p>
<div class="sd-cards">
<#list project.findingSummary as c><div class="sd-card sd-card-${c.severity?lower_case}"><span class="sd-card-n">${c.count}</span> ${c.severity}</div></#list>
</div>
<section>
<@h 2 "all-findings" "All findings"/>
<#if findings?has_content>
<p>Select a column heading to sort by it.</p>
<@table ["Severity", "Code", "Location", "Stack", "Message"] "stackdocs-sortable">
<#list findings as f>
<tr><td><@severity f.severity/></td><td>${f.code}</td><td><code>${f.location}</code></td><td><#if f.stack??><@link f.stack/><#else>${f.stackName}</#if></td><td>${f.message}</td></tr>
</#list>
</@table>
<#else>
<p>No findings.</p>
</#if>
</section>
</@layout.page>
