<#-- The project's security overview: every exposure, and the flagged grants of every stack. -->
<#assign sec = project.security>
<#include "security-parts.ftl">
<section>
<@h 2 "security" "Security"/>
<p><#if sec.environment?has_content>With the values of environment ${sec.environment}. </#if>What the stacks make
reachable from the internet, and the grants that need a reviewer's look (wildcards, other accounts, anyone); each
stack page lists all its grants.</p>
<@h 3 "exposure" "Exposure"/>
<#if sec.exposure?has_content>
<@exposureTable sec.exposure/>
<#else>
<p>Nothing in the project is reachable from the internet.</p>
</#if>
<@h 3 "access" "Access"/>
<p>${sec.flagged} of ${sec.grants} grant<#if sec.grants != 1>s</#if> flagged.</p>
<#if sec.access?has_content>
<@accessTable sec.access/>
</#if>
</section>
