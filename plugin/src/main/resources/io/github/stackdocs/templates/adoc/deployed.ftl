<#if stack.deployed??>
<#assign d = stack.deployed>
[[deployed]]
== Deployed state

* Status: ${d.status?has_content?then(d.status, "unknown")}<#if d.statusReason?has_content> (${d.statusReason})</#if>
<#if d.lastUpdated?has_content>
* Last update: ${d.lastUpdated}
</#if>
<#if d.driftStatus?has_content>
* Drift detection: ${d.driftStatus}
</#if>
<#if d.stackId?has_content>
* Stack ARN: ${code(d.stackId)}
</#if>

<#if d.parameters?has_content>
.Parameter values
[cols="1,2",options="header"]
|===
|Parameter |Deployed value
<#list d.parameters as p>
|${p.name} |${code(p.value)}
</#list>
|===

</#if>
<#if d.outputs?has_content>
.Output values
[cols="1,2,1",options="header"]
|===
|Output |Deployed value |Export
<#list d.outputs as o>
|${o.name} |${code(o.value)} |${o.extra}
</#list>
|===

</#if>
[[drift]]
=== Drift

<#if d.drift?has_content>
[cols="1,2,2,5",options="header"]
|===
|Severity |Code |Location |Message
<#list d.drift as f>
|${f.severity} |${f.code} |${f.location} |${f.message}
</#list>
|===
<#else>
No drift found between the template and the deployed stack.
</#if>
<#if !d.resourcesKnown>

The snapshot does not list the stack's resources, so resources missing from or added to the deployment are not known.
</#if>

<#if d.notInTemplate?has_content>
.Deployed but not in the template
[cols="2,2,3,1",options="header"]
|===
|Logical id |Type |Physical id |Status
<#list d.notInTemplate as r>
|${r.logicalId} |${r.type} |${code(r.physicalId)}<#if r.consoleUrl?has_content> ${r.consoleUrl?no_esc}[AWS console]</#if> |${r.status}
</#list>
|===

</#if>
</#if>
