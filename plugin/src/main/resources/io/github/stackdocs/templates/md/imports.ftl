<#if stack.imports?has_content>
<a id="imports"></a>
## Imports

| Export | Used by | Exported by |
|---|---|---|
<#list stack.imports as i>
| ${i.exportName} | <@link i.usedBy/> | <#if i.resolved><@link i.exporter/><#else>not exported by any stack in this project</#if> |
</#list>

</#if>
