<#if project.drift?has_content>
[[drift]]
== Deployed state and drift

[cols="2,2,2,1,1,1,1",options="header"]
|===
|Stack |Status |Last update |Drift detection |Not deployed |Not in template |Drifted
<#list project.drift as d>
|<@link d.link/> |${d.status} |${d.lastUpdated} |${d.driftStatus} |${d.notDeployed} |${d.notInTemplate} |${d.drifted}
</#list>
|===

</#if>
