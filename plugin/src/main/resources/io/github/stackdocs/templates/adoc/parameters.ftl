[[parameters]]
== Parameters

<#list stack.parameterGroups as g>
<#if !(g.ungrouped && stack.parameterGroups?size == 1)>
[[${g.anchor}]]
=== ${g.label}

</#if>
<#if stack.environment.builtIn>
[cols="2,2,2,2,3,4",options="header"]
|===
|Parameter |Label |Type |Default |Constraints |Description
<#else>
[cols="2,2,2,2,2,3,4",options="header"]
|===
|Parameter |Label |Type |Default |Value in ${stack.environment.name} |Constraints |Description
</#if>
<#list g.parameters as p>

|[[${p.anchor}]]${p.name}
|${p.label}
|${p.type}
|${p.defaultValue}
<#if !stack.environment.builtIn>
|${p.value}
</#if>
|${p.constraints?join("; ")}
|${p.description}
</#list>
|===

<#else>
No parameters.

</#list>
