<#if stack.deployed??>
<#assign d = stack.deployed>
<section>
<@h 2 "deployed" "Deployed state"/>
<dl class="sd-facts">
<dt>Status</dt><dd>${d.status?has_content?then(d.status, "unknown")}<#if d.statusReason?has_content> (${d.statusReason})</#if></dd>
<#if d.lastUpdated?has_content><dt>Last update</dt><dd>${d.lastUpdated}</dd></#if>
<#if d.driftStatus?has_content><dt>Drift detection</dt><dd>${d.driftStatus}</dd></#if>
<#if d.stackId?has_content><dt>Stack ARN</dt><dd>${code(d.stackId)}</dd></#if>
</dl>
<#if d.parameters?has_content>
<h3>Parameter values</h3>
<@table ["Parameter", "Deployed value"]>
<#list d.parameters as p>
<tr><td>${p.name}</td><td>${code(p.value)}</td></tr>
</#list>
</@table>
</#if>
<#if d.outputs?has_content>
<h3>Output values</h3>
<@table ["Output", "Deployed value", "Export"]>
<#list d.outputs as o>
<tr><td>${o.name}</td><td>${code(o.value)}</td><td>${o.extra}</td></tr>
</#list>
</@table>
</#if>
<@h 3 "drift" "Drift"/>
<#if d.drift?has_content>
<@table ["Severity", "Code", "Location", "Message"]>
<#list d.drift as f>
<tr><td><@severity f.severity/></td><td>${f.code}</td><td><code>${f.location}</code></td><td>${f.message}</td></tr>
</#list>
</@table>
<#else>
<p>No drift found between the template and the deployed stack.</p>
</#if>
<#if !d.resourcesKnown>
<p class="sd-note">The snapshot does not list the stack's resources, so resources missing from or added to the deployment are not known.</p>
</#if>
<#if d.notInTemplate?has_content>
<h3>Deployed but not in the template</h3>
<@table ["Logical id", "Type", "Physical id", "Status"]>
<#list d.notInTemplate as r>
<tr><td>${r.logicalId}</td><td>${r.type}</td><td>${code(r.physicalId)}<#if r.consoleUrl?has_content> <a href="${r.consoleUrl}" rel="noopener">AWS console</a></#if></td><td>${r.status}</td></tr>
</#list>
</@table>
</#if>
</section>
</#if>
