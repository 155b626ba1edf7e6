<#if project.drift?has_content>
<a id="drift"></a>
## Deployed state and drift

| Stack | Status | Last update | Drift detection | Not deployed | Not in template | Drifted |
|---|---|---|---|---|---|---|
<#list project.drift as d>
| <@link d.link/> | ${d.status} | ${d.lastUpdated} | ${d.driftStatus} | ${d.notDeployed} | ${d.notInTemplate} | ${d.drifted} |
</#list>

</#if>
