<#if project.drift?has_content>
<section>
<@h 2 "drift" "Deployed state and drift"/>
<@table ["Stack", "Status", "Last update", "Drift detection", "Not deployed", "Not in template", "Drifted"]>
<#list project.drift as d>
<tr><td><@link d.link/></td><td>${d.status}</td><td>${d.lastUpdated}</td><td>${d.driftStatus}</td><td class="sd-num">${d.notDeployed}</td><td class="sd-num">${d.notInTemplate}</td><td class="sd-num">${d.drifted}</td></tr>
</#list>
</@table>
</section>
</#if>
