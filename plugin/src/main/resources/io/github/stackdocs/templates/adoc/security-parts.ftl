<#-- Macros of the security views (stack page and overview); the view builds links from sanitized names only. -->
<#macro target t><#if t.link??><@link t.link/><#if t.written?has_content> (${t.written})</#if><#else>${t.text}</#if></#macro>
<#macro targets ts><#if ts?has_content><#list ts as t><@target t/><#sep>, </#list><#else>—</#if></#macro>
<#macro exposureTable rows>
[cols="2,2,5,2",options="header"]
|===
|Resource |Exposure |What is open |Written at
<#list rows as e>
|<@link e.resource/> |${e.kind} |${e.detail}<#if e.condition?has_content> (if ${e.condition})</#if> |${e.location}
</#list>
|===
</#macro>
<#macro accessTable rows>
[cols="2,1,3,3,2,2",options="header"]
|===
|Principal |Effect |Actions |Resources |Policy |Flags
<#list rows as a>

|<#if a.principals?has_content><@targets a.principals/><#else>(attached to nothing)</#if>
|${a.effect}
|${a.actionsPrefix}${a.actions?join(", ")}
|<#if a.resources?has_content>${a.resourcesPrefix}<@targets a.resources/><#else>(as the policy says)</#if>
|<@link a.holder/>: ${a.source}<#if a.condition?has_content> (if ${a.condition})</#if>
|<#list a.flags as f>*${f}*<#sep>, </#list><#if a.conditional><#if a.flags?has_content>; </#if>with a condition</#if><#list a.notes as n>; ${n}</#list>
</#list>
|===
</#macro>
