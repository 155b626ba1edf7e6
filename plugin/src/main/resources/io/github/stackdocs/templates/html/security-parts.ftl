<#-- Macros of the security views (stack page and overview); the view builds links from sanitized names only. -->
<#macro target t><#if t.link??><@link t.link/><#if t.written?has_content> (${t.written})</#if><#else>${t.text}</#if></#macro>
<#macro targets ts><#if ts?has_content><#list ts as t><@target t/><#sep>, </#list><#else>—</#if></#macro>
<#macro exposureTable rows>
<@table ["Resource", "Exposure", "What is open", "Written at"]>
<#list rows as e>
<tr><td><@link e.resource/></td><td>${e.kind}</td><td>${e.detail}<#if e.condition?has_content> (if ${e.condition})</#if></td><td>${e.location}</td></tr>
</#list>
</@table>
</#macro>
<#macro accessTable rows>
<@table ["Principal", "Effect", "Actions", "Resources", "Policy", "Flags"]>
<#list rows as a>
<tr><td><#if a.principals?has_content><@targets a.principals/><#else>(attached to nothing)</#if></td><td>${a.effect}</td><td>${a.actionsPrefix}${a.actions?join(", ")}</td><td><#if a.resources?has_content>${a.resourcesPrefix}<@targets a.resources/><#else>(as the policy says)</#if></td><td><@link a.holder/>: ${a.source}<#if a.condition?has_content> (if ${a.condition})</#if></td><td><#list a.flags as f><em>${f}</em><#sep>, </#list><#if a.conditional><#if a.flags?has_content>; </#if>with a condition</#if><#list a.notes as n>; ${n}</#list></td></tr>
</#list>
</@table>
</#macro>
