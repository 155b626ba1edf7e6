[[resources]]
== Resources

<#list stack.services as s>
[[${s.anchor}]]
=== <#if stack.grouping == "construct">Construct ${s.name}<#else>${s.name}</#if>

<#if s.constructType?has_content>
Construct class: ${code(s.constructType)}
</#if>

<#list s.resources as r>
[[${r.anchor}]]
==== ${r.logicalId}

<#if r.typeDescription?has_content>
${paragraph(r.typeDescription)}

</#if>
<#if r.annotation??>
<@annotation r.annotation/>
</#if>
<#if r.constructPath?has_content>
* Construct path: ${code(r.constructPath)}
</#if>
* Type: <#if r.docsUrl?has_content>${r.docsUrl?no_esc}[${r.type}]<#else>${r.type}</#if><#if r.typeNote?has_content> (${r.typeNote})</#if>
<#if r.deployed??>
<#if r.deployed.deployed>
* Physical id: ${code(r.deployed.physicalId)}<#if r.deployed.consoleUrl?has_content> ${r.deployed.consoleUrl?no_esc}[AWS console]</#if>
* Deployed status: ${r.deployed.status}<#if r.deployed.lastUpdated?has_content> (last update ${r.deployed.lastUpdated})</#if>
<#if r.deployed.driftStatus?has_content>
* Drift: ${r.deployed.driftStatus}
</#if>
<#list r.deployed.differences as diff>
** ${diff}
</#list>
<#else>
* Deployed: no, this resource is not in the deployed stack
</#if>
</#if>
<#if r.condition?has_content>
* Condition: ${r.condition}
</#if>
<#if r.deletionPolicy?has_content>
* Deletion policy: ${r.deletionPolicy}
</#if>
<#if r.updateReplacePolicy?has_content>
* Update replace policy: ${r.updateReplacePolicy}
</#if>
<#if r.dependsOn?has_content>
* Depends on: <@links r.dependsOn/>
</#if>
<#if r.usedBy?has_content>
* Used by: <@links r.usedBy/>
</#if>
* Blast radius: ${r.blastRadius}
<#if r.attributes?has_content>
* Attributes (GetAtt): ${r.attributes?join(", ")}
</#if>
* Defined at: ${r.location}

<#if r.rule??>
<@valueTable r.rule "Rule"/>

</#if>
<@properties r.properties/>
<#if r.sam??>
<#if r.sam.events?has_content>
Events:

<#list r.sam.events as e>
* ${e.name} (${e.type})<#if e.lines()?has_content>: <#list e.lines() as l>${code(l)}<#sep>, </#list></#if>
</#list>

</#if>
CloudFormation will create (SAM transform):

[cols="3,3,4",options="header"]
|===
|Logical id |Type |Why
<#list r.sam.implicit as i>
|${code(i.logicalId)} |${i.type} |${i.reason}
</#list>
|===

</#if>
</#list>
<#else>
No resources.

</#list>
