<#-- Owners and tiers overview: only when stackdocs.yaml, Metadata or tags say something. -->
<#if project.owners?has_content>
[[owners]]
== Owners and tiers

A stack's row shows what is said about the stack; a resource's row what applies to it (its own annotation over
its stack's).

[cols="2,2,3,1,3,2",options="header"]
|===
|Stack |Resource |Owner (team) |Tier |On call |Compliance
<#list project.owners as o>
|<@link o.stack/> |<#if o.resource??><@link o.resource/><#else>(stack)</#if> |${o.owner} |${o.tier} |<#if o.oncall??><@weblink o.oncall/></#if> |${o.compliance}
</#list>
|===

</#if>
