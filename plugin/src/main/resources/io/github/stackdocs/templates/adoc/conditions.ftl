<#if stack.conditions?has_content>
[[conditions]]
== Conditions

<#if stack.conditions?filter(c -> c.note?has_content)?has_content>
[cols="1,3,1",options="header"]
|===
|Condition |Expression |Value
<#list stack.conditions as c>
|[[${c.anchor}]]${c.name} |${code(c.value)} |${c.note}
</#list>
<#else>
[cols="1,3",options="header"]
|===
|Condition |Expression
<#list stack.conditions as c>
|[[${c.anchor}]]${c.name} |${code(c.value)}
</#list>
</#if>
|===

</#if>
<#if stack.mappings?has_content>
[[mappings]]
== Mappings

[cols="1,3",options="header"]
|===
|Mapping |Top-level keys
<#list stack.mappings as m>
|[[${m.anchor}]]${m.name} |${m.value}
</#list>
|===

</#if>
<#if stack.rules?has_content>
[[rules]]
== Rules

<#list stack.rules as r>
* ${r}
</#list>

</#if>
