<a id="outputs"></a>
## Outputs

<#if stack.outputs?has_content>
| Output | Value | Export | Condition | Imported by | Description |
|---|---|---|---|---|---|
<#list stack.outputs as o>
| <a id="${o.anchor}"></a>${o.name} | ${code(o.value)} | ${o.exportName} | ${o.condition} | <@links o.importedBy/> | ${o.description} |
</#list>
<#else>
No outputs.
</#if>

