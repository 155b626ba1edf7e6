<#if stack.samShared?has_content>
[[sam-shared]]
== Created by the SAM transform for several resources

[cols="3,3,4",options="header"]
|===
|Logical id |Type |Why
<#list stack.samShared as i>
|${code(i.logicalId)} |${i.type} |${i.reason}
</#list>
|===

</#if>
