<#if stack.cdk?? && stack.cdk.constructTree?has_content>
<a id="constructs"></a>
## Construct tree

<#list stack.cdk.constructTree as c>
<#list 0..<c.depth as i>  </#list>- ${c.name}<#if c.type?has_content> (${code(c.type)})</#if><#if c.resources?has_content>: <@links c.resources/></#if>
</#list>

</#if>
