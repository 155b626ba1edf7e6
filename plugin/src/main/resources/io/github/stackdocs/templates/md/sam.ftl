<#if stack.samShared?has_content>
<a id="sam-shared"></a>
## Created by the SAM transform for several resources

| Logical id | Type | Why |
|---|---|---|
<#list stack.samShared as i>
| ${code(i.logicalId)} | ${i.type} | ${i.reason} |
</#list>

</#if>
