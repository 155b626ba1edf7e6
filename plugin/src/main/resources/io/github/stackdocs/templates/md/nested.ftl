<#if stack.nested?? && stack.nested.children?has_content>
<a id="nested-stacks"></a>
## Nested stacks

<#list stack.nested.children as c>
### ${c.resource.text}

- Resource: <@link c.resource/>
- Stack: <#if c.stack??><@link c.stack/><#else>external template ${code(c.templateUrl)} (not loaded)</#if>
<#if c.parameters?has_content>
- Parameters passed in: <#list c.parameters as p>${code(p.name + " = " + p.value)}<#sep>, </#list>
</#if>
<#if c.outputsUsed?has_content>
- Outputs used here: <@links c.outputsUsed/>
</#if>

</#list>
</#if>
