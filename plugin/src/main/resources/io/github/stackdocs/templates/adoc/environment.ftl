<#assign env = stack.environment>
<#if env.shown()>
[[environment]]
== Environment

<#if env.builtIn>
Values are those of the parameter defaults: no environment is configured.
<#else>
Values are those of environment *${env.name}*<#if env.details?has_content> (${env.details})</#if>.<#if env.others?has_content> Other environments: ${env.others?join(", ")}.</#if>
</#if>

<#if env.notCreated?has_content>
[[not-created]]
=== Not created<#if env.builtIn> with the parameter defaults<#else> in ${env.name}</#if>

[cols="1,2,2,2",options="header"]
|===
|Kind |Id |Type |Condition (false)
<#list env.notCreated as n>
|${n.kind} |${n.id} |${n.type} |${n.condition}
</#list>
|===

</#if>
<#if env.differences?has_content>
[[environment-differences]]
=== Differences between environments

[options="header"]
|===
|What<#list env.names as n> |${n}</#list>
<#list env.differences as d>
|${d.what}<#list d.values as v> |${code(v)}</#list>
</#list>
|===

<#if env.moreDifferences gt 0>
And ${env.moreDifferences} more <#if env.moreDifferences == 1>difference<#else>differences</#if>.

</#if>
</#if>
</#if>
