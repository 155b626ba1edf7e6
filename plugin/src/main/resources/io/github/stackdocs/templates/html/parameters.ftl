<section>
<@h 2 "parameters" "Parameters"/>
<#list stack.parameterGroups as g>
<#if !(g.ungrouped && stack.parameterGroups?size == 1)>
<@h 3 g.anchor g.label/>
</#if>
<#assign headers = ["Parameter", "Label", "Type", "Default"] + stack.environment.builtIn?then([], ["Value in " + stack.environment.name]) + ["Constraints", "Description"]>
<@table headers>
<#list g.parameters as p>
<tr id="${p.anchor}"><td><code>${p.name}</code></td><td>${p.label}</td><td>${p.type}</td><td>${p.defaultValue}</td><#if !stack.environment.builtIn><td>${p.value}</td></#if><td>${p.constraints?join("; ")}</td><td>${p.description}</td></tr>
</#list>
</@table>
<#else>
<p>No parameters.</p>
</#list>
</section>
