<a id="parameters"></a>
## Parameters

<#list stack.parameterGroups as g>
<#if !(g.ungrouped && stack.parameterGroups?size == 1)>
<a id="${g.anchor}"></a>
### ${g.label}

</#if>
<#if stack.environment.builtIn>
| Parameter | Label | Type | Default | Constraints | Description |
|---|---|---|---|---|---|
<#list g.parameters as p>
| <a id="${p.anchor}"></a>${p.name} | ${p.label} | ${p.type} | ${p.defaultValue} | ${p.constraints?join("; ")} | ${p.description} |
</#list>
<#else>
| Parameter | Label | Type | Default | Value in ${stack.environment.name} | Constraints | Description |
|---|---|---|---|---|---|---|
<#list g.parameters as p>
| <a id="${p.anchor}"></a>${p.name} | ${p.label} | ${p.type} | ${p.defaultValue} | ${p.value} | ${p.constraints?join("; ")} | ${p.description} |
</#list>
</#if>

<#else>
No parameters.

</#list>
