[[outputs]]
== Outputs

<#if stack.outputs?has_content>
[cols="2,3,2,1,2,3",options="header"]
|===
|Output |Value |Export |Condition |Imported by |Description
<#list stack.outputs as o>

|[[${o.anchor}]]${o.name}
|${code(o.value)}
|${o.exportName}
|${o.condition}
|<@links o.importedBy/>
|${o.description}
</#list>
|===
<#else>
No outputs.
</#if>

